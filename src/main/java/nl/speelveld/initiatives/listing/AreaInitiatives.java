package nl.speelveld.initiatives.listing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The initiatives of an area and all its parts, newest change first: one query for the page with the count
 * alongside (a second one only past the last page).
 * <p>
 * The page is chosen on the columns of the indexes alone (area key, status, time of change, id), so that
 * PostgreSQL can sort the keys of a whole gemeente from the index without reading a row, and then reads
 * only the rows of the page. The area is asked as a range of keys rather than with like: a prepared
 * statement's generic plan cannot turn like with a parameter into an index range.
 */
@Service
public class AreaInitiatives {

	private static final String COLUMNS = """
			i.id, i.title, i.status, i.area_code, i.gemeente, i.lat, i.lon, i.supporters,
			left(split_part(i.summary, chr(10), 1), 240) as summary_line, i.support_needed, i.updated_at""";

	private final JdbcClient jdbc;

	private final Areas areas;

	AreaInitiatives(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/** The area as the list names it, in the newest year that has it; unknown codes are not found. */
	public AreaSummary area(String code) {
		return AreaCode.tryParse(code)
			.flatMap(this.areas::summary)
			.orElseThrow(() -> new AreaNotFound(code));
	}

	/** One initiative as the list shows it, wherever it is: every initiative is public work. */
	public Optional<ListedInitiative> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from initiative i where i.id = :id")
			.param("id", id)
			.query((rs, n) -> listed(rs))
			.optional();
	}

	public InitiativePage find(InitiativeQuery query) {
		if (query.page() < 0 || query.page() > InitiativeQuery.MAXIMUM_PAGE) {
			throw new ListingRefused("initiatives.problem.bad-page", String.valueOf(InitiativeQuery.MAXIMUM_PAGE));
		}
		if (query.size() < 1 || query.size() > InitiativeQuery.MAXIMUM_SIZE) {
			throw new ListingRefused("initiatives.problem.bad-size", String.valueOf(InitiativeQuery.MAXIMUM_SIZE));
		}
		Map<String, Object> parameters = new HashMap<>();
		String where = where(query, parameters);
		parameters.put("size", query.size());
		parameters.put("offset", query.offset());
		long[] total = { 0 };
		List<ListedInitiative> items = this.jdbc.sql("with found as (select id, updated_at from initiative where " + where
				+ " order by updated_at desc, id limit :size offset :offset) select " + COLUMNS
				+ ", (select count(*) from initiative where " + where + ") as total"
				+ " from found f join initiative i on i.id = f.id order by f.updated_at desc, f.id")
			.params(parameters)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return listed(rs);
			})
			.list();
		if (items.isEmpty() && query.page() > 0) {
			// Past the last page: the count did not come along with a row.
			total[0] = this.jdbc.sql("select count(*) from initiative where " + where)
				.params(parameters)
				.query(Long.class)
				.single();
		}
		return new InitiativePage(items, total[0], query.page(), query.size());
	}

	/**
	 * A gemeente holds its wijken and buurten, a wijk its buurten, by the digits their codes start with.
	 * Initiatives are placed in a gemeente, wijk or buurt (by postcode), never in a village, so a village's
	 * digits cannot bring in another area's initiatives; a village itself is asked by its exact code.
	 */
	private static String where(InitiativeQuery query, Map<String, Object> parameters) {
		StringBuilder where = new StringBuilder();
		AreaCode area = query.area();
		if (area.level() == AreaLevel.KERN) {
			where.append("area_code = :code");
			parameters.put("code", area.value());
		}
		else {
			String key = area.value().substring(2);
			where.append("area_key ~>=~ :inside and area_key ~<~ :beyond");
			parameters.put("inside", key);
			// the first key after all that start with the area's own: its last character raised by one
			parameters.put("beyond", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1));
		}
		if (!query.statuses().isEmpty() && query.statuses().size() < InitiativeStatus.values().length) {
			where.append(" and status = any(:statuses)");
			parameters.put("statuses", query.statusKeys().toArray(String[]::new));
		}
		if (query.text() != null) {
			where.append(" and search @@ websearch_to_tsquery('dutch', :text)");
			parameters.put("text", query.text());
		}
		if (query.support() != null) {
			where.append(" and support_needed @> array[cast(:support as varchar)]");
			parameters.put("support", query.support());
		}
		return where.toString();
	}

	private ListedInitiative listed(ResultSet rs) throws SQLException {
		AreaCode area = new AreaCode(rs.getString("area_code"));
		return new ListedInitiative(rs.getObject("id", UUID.class), rs.getString("title"),
				InitiativeStatus.byKey(rs.getString("status")).orElseThrow(), area, name(area), rs.getString("gemeente"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getInt("supporters"), rs.getString("summary_line"),
				strings(rs.getArray("support_needed")), rs.getTimestamp("updated_at").toInstant());
	}

	private String name(AreaCode area) {
		return this.areas.summary(area).map(AreaSummary::name).orElse(area.value());
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
