package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Places: a point in one area, so found in that area and the areas holding it, not in its neighbours. */
@Component
@Order(4)
class PlaceHits implements HitSource {

	private final JdbcClient jdbc;

	PlaceHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public HitType type() {
		return HitType.PLACE;
	}

	@Override
	public String table() {
		return "smap_place";
	}

	@Override
	public String narrowing(SearchFilters filters) {
		return filters.area() == null ? "" : " and " + filters.area().within("x.area_key", "x.area_code");
	}

	@Override
	public Map<UUID, SearchHit> describe(Collection<UUID> ids) {
		Map<UUID, SearchHit> hits = new HashMap<>();
		this.jdbc.sql("""
				select id, name, street, city, description, area_code
				from smap_place where id = any(cast(:ids as uuid[]))""")
			.param("ids", PgArrays.of(ids))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				String area = rs.getString("area_code");
				String address = Summaries.of(rs.getString("street"), rs.getString("city")).replace(" · ", ", ");
				hits.put(id, new SearchHit(HitType.PLACE, id, rs.getString("name"),
						Summaries.of(address, rs.getString("description")), "/plekken/" + id,
						area == null ? List.of() : List.of(area), null, 0));
			});
		return hits;
	}

}
