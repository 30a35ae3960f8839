package nl.speelveld.socialmap.playingfield;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts current posts per role type in one SQL statement: posts, stale posts, organisations, posts without
 * focus, organisations per type, posts per focus theme and distinct areas covered. The whole deployment may
 * hold tens of thousands of posts, so nothing is counted in Java.
 */
@Repository
class ExplorationStore {

	/** Posts running today, as the social map shows them. */
	private static final String CURRENT = "(p.starts_on is null or p.starts_on <= current_date) and (p.ends_on is null or p.ends_on >= current_date)";

	private final JdbcClient jdbc;

	ExplorationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Raised by every change to posts, their areas or organisations (see V10__socialmap_revision.sql). */
	long revision() {
		return this.jdbc.sql("select revision from smap_revision").query(Long.class).single();
	}

	/**
	 * Counts per role code; {@code gemeente} null for everything, else posts with coverage in that gemeente.
	 * Each part scans the posts itself and groups by hashing, which over tens of thousands of posts is
	 * faster than sorting one shared result; distinct pairs are grouped first, then counted.
	 */
	@Transactional(readOnly = true)
	Map<String, Counts> count(@Nullable AreaCode gemeente, LocalDate staleBefore) {
		// The distinct role and area pairs of a whole deployment outgrow the default 4 MB and would sort on disk.
		this.jdbc.sql("set local work_mem = '16MB'").update();
		// Every CBS and village code carries its gemeente's four digits first, so area_key finds them by prefix.
		String current = CURRENT + (gemeente == null ? ""
				: " and p.id in (select a.post_id from smap_post_area a where a.area_key like :prefix)");
		String areas = gemeente == null ? "" : " and a.area_key like :prefix";
		String sql = """
				select 'role' as kind, p.role_code, '' as detail, count(*) as n,
				       count(*) filter (where p.last_confirmed < :staleBefore) as stale,
				       count(*) filter (where cardinality(p.focus) = 0) as unfocused
				from smap_post p where %1$s
				group by p.role_code
				union all
				select 'employer', x.role_code, o.type, count(*), 0, 0
				from (select p.role_code, p.organisation_id from smap_post p where %1$s group by 1, 2) x
				join smap_organisation o on o.id = x.organisation_id
				group by x.role_code, o.type
				union all
				select 'theme', p.role_code, f.theme, count(*), 0, 0
				from smap_post p cross join lateral unnest(p.focus) as f(theme) where %1$s
				group by p.role_code, f.theme
				union all
				select 'areas', x.role_code, '', count(*), 0, 0
				from (select p.role_code, a.area_code from smap_post p join smap_post_area a on a.post_id = p.id
				      where %1$s%2$s group by 1, 2) x
				group by x.role_code
				""".formatted(current, areas);
		var statement = this.jdbc.sql(sql).param("staleBefore", staleBefore);
		if (gemeente != null) {
			statement = statement.param("prefix", gemeente.value().substring(2) + "%");
		}
		Map<String, Counts> counts = new HashMap<>();
		statement.query(rs -> {
			Counts role = counts.computeIfAbsent(rs.getString("role_code"), code -> new Counts());
			int n = rs.getInt("n");
			switch (rs.getString("kind")) {
				case "role" -> {
					role.posts = n;
					role.stale = rs.getInt("stale");
					role.unfocused = rs.getInt("unfocused");
				}
				case "employer" -> {
					// An organisation has one type, so its organisations per type add up to the distinct organisations.
					role.employers.put(rs.getString("detail"), n);
					role.organisations += n;
				}
				case "theme" -> role.themes.put(rs.getString("detail"), n);
				default -> role.areas = n;
			}
		});
		return counts;
	}

	/** What the query counts for one role code; not changed once the query has filled it in. */
	static final class Counts {

		int posts;

		int stale;

		int organisations;

		int unfocused;

		int areas;

		final Map<String, Integer> employers = new LinkedHashMap<>();

		final Map<String, Integer> themes = new HashMap<>();

	}

}
