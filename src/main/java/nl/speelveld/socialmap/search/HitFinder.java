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
 * Runs a search over the sources in one query: each source selects its matching documents with their score,
 * the union is ranked, counted and cut to one page; then each source describes its hits on that page.
 */
@Repository
class HitFinder {

	private final JdbcClient jdbc;

	private final List<HitSource> sources;

	HitFinder(JdbcClient jdbc, List<HitSource> sources) {
		this.jdbc = jdbc;
		this.sources = List.copyOf(sources);
	}

	record Found(List<SearchHit> hits, long total) {
	}

	private record Ranked(HitType type, UUID id, double score) {
	}

	Found find(Speller.Spelled spelled, SearchFilters filters, Set<HitType> types, int page, int size) {
		List<HitSource> asked = this.sources.stream()
			.filter(source -> types.isEmpty() || types.contains(source.type()))
			.filter(source -> filters.role() == null || source.hasRoles())
			.toList();
		if (asked.isEmpty()) {
			return new Found(List.of(), 0);
		}
		String union = asked.stream().map(source -> source.matching(filters)).collect(Collectors.joining(" union all "));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("words", spelled.text());
		parameters.put("prefixes", PgArrays.of(spelled.prefixes()));
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		filters.bind(parameters);
		List<Ranked> ranked = new ArrayList<>();
		long[] total = { 0 };
		// The count comes in a row of its own, so that it is there even for a page past the last hit.
		this.jdbc.sql("""
				with q as materialized (select smap_search_query(:words, cast(:prefixes as text[])) as query),
				hits as materialized (%s)
				select c.total, h.type, h.id, h.score
				from (select count(*) as total from hits) c
				left join lateral (select type, id, score from hits order by score desc, type, id
				                   limit :limit offset :offset) h on true""".formatted(union))
			.params(parameters)
			.query(rs -> {
				total[0] = rs.getLong("total");
				String type = rs.getString("type");
				if (type != null) {
					ranked.add(new Ranked(HitType.fromKey(type).orElseThrow(), rs.getObject("id", UUID.class),
							rs.getDouble("score")));
				}
			});
		return new Found(describe(ranked, asked), total[0]);
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
