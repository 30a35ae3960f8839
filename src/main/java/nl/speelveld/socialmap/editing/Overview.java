package nl.speelveld.socialmap.editing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What a coordinator keeps on the social map: the posts, organisations, places and services with an area in
 * their gemeente or wijk, stalest first, so that what needs confirming comes first. Administrators see all.
 */
@Service
public class Overview {

	public static final List<String> KINDS = List.of("posten", "organisaties", "plekken", "diensten");

	public static final int PAGE_SIZE = 25;

	private final JdbcClient jdbc;

	private final Permissions permissions;

	Overview(JdbcClient jdbc, Permissions permissions) {
		this.jdbc = jdbc;
		this.permissions = permissions;
	}

	/**
	 * One page of entries of {@code kind} in the person's scope, narrowed to {@code area} (and what lies in it)
	 * when given, to names containing {@code text} when not blank, and with ended posts only when asked.
	 */
	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	public OverviewPage page(String kind, @Nullable AreaCode area, String text, boolean ended, int page) {
		List<AreaCode> scopes = this.permissions.isAdministrator() ? List.of() : this.permissions.coordinatorScopes();
		String query = switch (kind) {
			case "organisaties" -> """
					select o.id, o.name, null as title, o.type as detail, null as organisation, o.last_confirmed, false as ended,
					       array(select a.area_code from smap_organisation_area a where a.organisation_id = o.id
					             order by a.area_code) as areas, count(*) over () as total
					from smap_organisation o
					where exists (select 1 from smap_organisation_area a where a.organisation_id = o.id and :areas)
					  and (:text = '' or lower(o.name) like :like)
					order by o.last_confirmed, lower(o.name)""";
			case "plekken" -> """
					select pl.id, pl.name, null as title, pl.kind as detail, o.name as organisation, pl.last_confirmed, false as ended,
					       array[pl.area_code] as areas, count(*) over () as total
					from smap_place pl left join smap_organisation o on o.id = pl.organisation_id
					where pl.area_code is not null and :place
					  and (:text = '' or lower(pl.name) like :like)
					order by pl.last_confirmed, lower(pl.name)""";
			case "diensten" -> """
					select s.id, s.name, null as title, o.type as detail, o.name as organisation, s.last_confirmed, false as ended,
					       array(select a.area_code from smap_service_area a where a.service_id = s.id
					             order by a.area_code) as areas, count(*) over () as total
					from smap_service s join smap_organisation o on o.id = s.organisation_id
					where exists (select 1 from smap_service_area a where a.service_id = s.id and :areas)
					  and (:text = '' or lower(s.name) like :like or lower(o.name) like :like)
					order by s.last_confirmed, lower(s.name)""";
			default -> """
					select p.id, coalesce(pr.display_name, p.title) as name, case when pr.id is not null then p.title end as title,
					       p.role_code as detail, o.name as organisation,
					       p.last_confirmed, (p.ends_on is not null and p.ends_on < current_date) as ended,
					       array(select a.area_code from smap_post_area a where a.post_id = p.id order by a.area_code) as areas,
					       count(*) over () as total
					from smap_post p join smap_organisation o on o.id = p.organisation_id
					left join smap_professional pr on pr.id = p.professional_id
					where exists (select 1 from smap_post_area a where a.post_id = p.id and :areas)
					  and (:text = '' or lower(p.title) like :like or lower(o.name) like :like
					       or lower(coalesce(pr.display_name, '')) like :like)
					  and (:ended or p.ends_on is null or p.ends_on >= current_date)
					order by p.last_confirmed, lower(p.title)""";
		};
		List<String> patterns = new ArrayList<>();
		String inScope = within(scopes, "a.area_code", patterns);
		String inArea = area == null ? "true" : within(List.of(area), "a.area_code", patterns);
		String placeScope = "(" + within(scopes, "pl.area_code", patterns) + ") and ("
				+ (area == null ? "true" : within(List.of(area), "pl.area_code", patterns)) + ")";
		String sql = query.replace(":areas", "(" + inScope + ") and (" + inArea + ")").replace(":place", placeScope)
				+ " limit :size offset :offset";
		String search = text.strip().toLowerCase(Locale.ROOT);
		var statement = this.jdbc.sql(sql)
			.param("text", search)
			.param("like", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("size", PAGE_SIZE)
			.param("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE);
		if (sql.contains(":ended")) {
			statement = statement.param("ended", ended);
		}
		for (int i = 0; i < patterns.size(); i++) {
			statement = statement.param("p" + i, patterns.get(i));
		}
		long[] total = { 0 };
		List<OverviewRow> rows = statement.query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row(rs);
		}).list();
		return new OverviewPage(KINDS.contains(kind) ? kind : "posten", rows, total[0], Math.max(page, 1), PAGE_SIZE);
	}

	/**
	 * A condition that {@code column} holds a code inside one of {@code areas}, by the digits codes share with
	 * their parents; {@code values} collects the parameters. A wijk holds no village, whose code may share the
	 * wijk's digits. No areas: no limit.
	 */
	private static String within(List<AreaCode> areas, String column, List<String> values) {
		if (areas.isEmpty()) {
			return "true";
		}
		List<String> conditions = new ArrayList<>();
		for (AreaCode area : areas) {
			String name = ":p" + values.size();
			boolean prefix = area.level() == AreaLevel.GEMEENTE || area.level() == AreaLevel.WIJK;
			values.add(prefix ? area.value().substring(2) + "%" : area.value());
			conditions.add(switch (area.level()) {
				case GEMEENTE -> "substr(" + column + ", 3) like " + name;
				case WIJK -> "substr(" + column + ", 3) like " + name + " and " + column + " not like 'KR%'";
				case BUURT, KERN -> column + " = " + name;
			});
		}
		return String.join(" or ", conditions.stream().map(condition -> "(" + condition + ")").toList());
	}

	private static OverviewRow row(ResultSet rs) throws SQLException {
		java.sql.Array areas = rs.getArray("areas");
		List<String> codes = areas == null ? List.of()
				: java.util.Arrays.stream((Object[]) areas.getArray()).filter(java.util.Objects::nonNull).map(Object::toString).toList();
		return new OverviewRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("title"), rs.getString("detail"),
				rs.getString("organisation"), codes, rs.getObject("last_confirmed", LocalDate.class), rs.getBoolean("ended"));
	}

}
