package nl.speelveld.socialmap.playingfield;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts current posts per role type in one pass of SQL: posts, stale posts, organisations, posts without
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

	/** Counts per role code; {@code gemeente} null for everything, else posts with coverage in that gemeente. */
	Map<String, Counts> count(@Nullable AreaCode gemeente, LocalDate staleBefore) {
		// Every CBS and village code carries its gemeente's four digits first, so area_key finds them by prefix.
		String inScope = gemeente == null ? "" : " and p.id in (select a.post_id from smap_post_area a where a.area_key like :prefix)";
		String areaInScope = gemeente == null ? "" : " where a.area_key like :prefix";
		String sql = """
				with scoped as materialized (
				    select p.id, p.role_code, p.organisation_id, p.focus, p.last_confirmed
				    from smap_post p
				    where %s%s
				)
				select 'role' as kind, s.role_code, '' as detail, count(*) as n,
				       count(*) filter (where s.last_confirmed < :staleBefore) as stale,
				       count(distinct s.organisation_id) as organisations,
				       count(*) filter (where cardinality(s.focus) = 0) as unfocused
				from scoped s group by s.role_code
				union all
				select 'employer', s.role_code, o.type, count(distinct s.organisation_id), 0, 0, 0
				from scoped s join smap_organisation o on o.id = s.organisation_id
				group by s.role_code, o.type
				union all
				select 'theme', s.role_code, f.theme, count(*), 0, 0, 0
				from scoped s cross join lateral unnest(s.focus) as f(theme)
				group by s.role_code, f.theme
				union all
				select 'areas', s.role_code, '', count(distinct a.area_code), 0, 0, 0
				from scoped s join smap_post_area a on a.post_id = s.id%s
				group by s.role_code
				""".formatted(CURRENT, inScope, areaInScope);
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
					role.organisations = rs.getInt("organisations");
					role.unfocused = rs.getInt("unfocused");
				}
				case "employer" -> role.employers.put(rs.getString("detail"), n);
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
