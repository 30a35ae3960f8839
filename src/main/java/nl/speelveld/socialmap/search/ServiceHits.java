package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Services of organisations. A service is found in the areas it serves and, as it is also offered where it
 * takes place, in the areas of its places. It is shown on its organisation's page.
 */
@Component
@Order(3)
class ServiceHits implements HitSource {

	private final JdbcClient jdbc;

	ServiceHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public HitType type() {
		return HitType.SERVICE;
	}

	@Override
	public String table() {
		return "smap_service";
	}

	@Override
	public String narrowing(SearchFilters filters) {
		if (filters.area() == null) {
			return "";
		}
		// One set of ids rather than two correlated tests joined by or, so that the planner can start from the
		// area when it holds fewer services than the words find.
		return " and x.id in (select a.service_id from smap_service_area a where "
				+ filters.area().touching("a.area_key", "a.area_code")
				+ " union all select sp.service_id from smap_service_place sp join smap_place pl on pl.id = sp.place_id"
				+ " where " + filters.area().within("pl.area_key", "pl.area_code") + ")";
	}

	@Override
	public Map<UUID, SearchHit> describe(Collection<UUID> ids) {
		Map<UUID, SearchHit> hits = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.name, s.organisation_id, o.name as organisation, s.description,
				       array(select a.area_code from smap_service_area a where a.service_id = s.id
				             union
				             select pl.area_code from smap_service_place sp join smap_place pl on pl.id = sp.place_id
				             where sp.service_id = s.id and pl.area_code is not null
				             order by 1) as areas
				from smap_service s
				join smap_organisation o on o.id = s.organisation_id
				where s.id = any(cast(:ids as uuid[]))""")
			.param("ids", PgArrays.of(ids))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				String url = "/organisaties/" + rs.getObject("organisation_id", UUID.class) + "#dienst-" + id;
				hits.put(id, new SearchHit(HitType.SERVICE, id, rs.getString("name"),
						Summaries.of(rs.getString("organisation"), rs.getString("description")), url,
						Summaries.codes(rs.getArray("areas")), null, 0));
			});
		return hits;
	}

}
