package nl.speelveld.socialmap.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runs a search over the sources in one query, then lets each source describe its hits on the page.
 * <p>
 * Ranking reads every candidate's document, which costs a few microseconds each: a common word in a national
 * map (buurthuis) matches tens of thousands of documents. So each source offers at most {@link #CAP}
 * documents whose name matches and at most {@link #CAP} whose text matches, and those are ranked. Names come
 * first, so the best hits are among them; when the text cap is reached, the total is a lower bound and the
 * results say so, which is the moment to narrow the search to an area, a role or a kind. Names rank above
 * other text by construction: a name match adds 1 to a text rank that stays below 1.
 */
@Repository
class HitFinder {

	static final int CAP = 500;

	private static final String QUERY = "cast(:query as tsquery)";

	private static final String SCORE = "(case when x.search_name @@ " + QUERY + " then 1 else 0 end"
			+ " + ts_rank_cd(x.search_document, " + QUERY + ", 32))";

	private final JdbcClient jdbc;

	private final List<HitSource> sources;

	HitFinder(JdbcClient jdbc, List<HitSource> sources) {
		this.jdbc = jdbc;
		this.sources = List.copyOf(sources);
	}

	record Found(List<SearchHit> hits, long total, boolean exact) {
	}

	private record Ranked(HitType type, UUID id, double score) {
	}

	Found find(Speller.Spelled spelled, SearchFilters filters, Set<HitType> types, int page, int size) {
		List<HitSource> asked = this.sources.stream()
			.filter(source -> types.isEmpty() || types.contains(source.type()))
			.filter(source -> filters.role() == null || source.hasRoles())
			.toList();
		String query = tsquery(spelled);
		if (asked.isEmpty() || query.isEmpty()) {
			return new Found(List.of(), 0, true);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("query", query);
		parameters.put("cap", CAP);
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		filters.bind(parameters);
		List<Ranked> ranked = new ArrayList<>();
		long[] total = { 0 };
		boolean[] exact = { true };
		// The count comes in a row of its own, so that it is there even for a page past the last hit.
		this.jdbc.sql("""
				with hits as materialized (%s)
				select c.total, c.capped, h.type, h.id, h.score
				from (select count(*) as total,
				             coalesce((select bool_or(n >= :cap) from (select count(*) filter (where deep) as n
				                       from hits group by type) k), false) as capped
				      from hits) c
				left join lateral (select type, id, score from hits order by score desc, type, id
				                   limit :limit offset :offset) h on true"""
			.formatted(asked.stream().map(source -> branch(source, filters)).collect(Collectors.joining(" union all "))))
			.params(parameters)
			.query(rs -> {
				total[0] = rs.getLong("total");
				exact[0] = !rs.getBoolean("capped");
				String type = rs.getString("type");
				if (type != null) {
					ranked.add(new Ranked(HitType.fromKey(type).orElseThrow(), rs.getObject("id", UUID.class),
							rs.getDouble("score")));
				}
			});
		// The sources describe their hits with the usual plans: a plan made for each run only pays for the search.
		this.jdbc.sql("select set_config('plan_cache_mode', 'auto', true)").query(String.class).single();
		return new Found(describe(ranked, asked), total[0], exact[0]);
	}

	/**
	 * The query as PostgreSQL reads it, passed on as a value so that the planner can weigh how common its
	 * words are (and choose between the text index and the area indexes) rather than guess.
	 */
	private String tsquery(Speller.Spelled spelled) {
		return this.jdbc.sql("""
				select set_config('plan_cache_mode', 'force_custom_plan', true),
				       smap_search_query(:words, cast(:prefixes as text[]))::text""")
			.param("words", spelled.text())
			.param("prefixes", PgArrays.of(spelled.prefixes()))
			.query((rs, n) -> rs.getString(2))
			.single();
	}

	/** One source's candidates: matching names, and matching text, each up to the cap; deep marks the latter. */
	private static String branch(HitSource source, SearchFilters filters) {
		String narrowing = source.narrowing(filters);
		return """
				select '%1$s' as type, id, max(score) as score, bool_or(deep) as deep from (
				  (select x.id, %2$s as score, false as deep from %3$s x
				   where x.search_name @@ %4$s%5$s limit :cap)
				  union all
				  (select x.id, %2$s, true from %3$s x
				   where x.search_document @@ %4$s%5$s limit :cap)) as candidates
				group by id""".formatted(source.type().key(), SCORE, source.table(), QUERY, narrowing);
	}

	private static List<SearchHit> describe(List<Ranked> ranked, List<HitSource> sources) {
		Map<UUID, SearchHit> described = new HashMap<>();
		for (HitSource source : sources) {
			List<UUID> ids = ranked.stream().filter(hit -> hit.type() == source.type()).map(Ranked::id).toList();
			if (!ids.isEmpty()) {
				described.putAll(source.describe(ids));
			}
		}
		Map<UUID, SearchHit> ordered = new LinkedHashMap<>();
		for (Ranked hit : ranked) {
			SearchHit found = described.get(hit.id());
			if (found != null) {
				ordered.put(hit.id(), found.withScore(hit.score()));
			}
		}
		return List.copyOf(ordered.values());
	}

}
