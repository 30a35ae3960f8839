package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organisations, found by name, kind, town and description, in the areas where they work. */
@Component
@Order(2)
class OrganisationHits implements HitSource {

	private final JdbcClient jdbc;

	OrganisationHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public HitType type() {
		return HitType.ORGANISATION;
	}

	@Override
	public String table() {
		return "smap_organisation";
	}

	@Override
	public String narrowing(SearchFilters filters) {
		if (filters.area() == null) {
			return "";
		}
		return " and exists (select 1 from smap_organisation_area a where a.organisation_id = x.id and "
				+ filters.area().touching("substr(a.area_code, 3)", "a.area_code") + ")";
	}

	@Override
	public Map<UUID, SearchHit> describe(Collection<UUID> ids) {
		Map<UUID, SearchHit> hits = new HashMap<>();
		this.jdbc.sql("""
				select o.id, o.name, o.city, o.description,
				       array(select a.area_code from smap_organisation_area a where a.organisation_id = o.id
				             order by a.area_code) as areas
				from smap_organisation o
				where o.id = any(cast(:ids as uuid[]))""")
			.param("ids", PgArrays.of(ids))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				hits.put(id, new SearchHit(HitType.ORGANISATION, id, rs.getString("name"),
						Summaries.of(rs.getString("city"), rs.getString("description")), "/organisaties/" + id,
						Summaries.codes(rs.getArray("areas")), null, 0));
			});
		return hits;
	}

}
