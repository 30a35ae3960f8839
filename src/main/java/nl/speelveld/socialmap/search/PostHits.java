package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Posts: who works where in which role. A post covers areas, so it is found in each area inside them and in
 * each area that holds them. Its page is the professional's, or the organisation's for a post without one.
 */
@Component
@Order(1)
class PostHits implements HitSource {

	private final JdbcClient jdbc;

	PostHits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public HitType type() {
		return HitType.POST;
	}

	@Override
	public boolean hasRoles() {
		return true;
	}

	@Override
	public String table() {
		return "smap_post";
	}

	@Override
	public String narrowing(SearchFilters filters) {
		StringBuilder sql = new StringBuilder();
		if (filters.role() != null) {
			sql.append(" and x.role_code = :role");
		}
		if (filters.area() != null) {
			sql.append(" and exists (select 1 from smap_post_area a where a.post_id = x.id and ")
				.append(filters.area().touching("a.area_key", "a.area_code"))
				.append(")");
		}
		return sql.toString();
	}

	@Override
	public Map<UUID, SearchHit> describe(Collection<UUID> ids) {
		Map<UUID, SearchHit> hits = new HashMap<>();
		this.jdbc.sql("""
				select p.id, p.title, p.role_code, p.organisation_id, p.professional_id, o.name as organisation,
				       pr.display_name as professional,
				       array(select a.area_code from smap_post_area a where a.post_id = p.id order by a.area_code) as areas
				from smap_post p
				join smap_organisation o on o.id = p.organisation_id
				left join smap_professional pr on pr.id = p.professional_id
				where p.id = any(cast(:ids as uuid[]))""")
			.param("ids", PgArrays.of(ids))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				UUID professional = rs.getObject("professional_id", UUID.class);
				String url = professional != null ? "/professionals/" + professional
						: "/organisaties/" + rs.getObject("organisation_id", UUID.class);
				hits.put(id, new SearchHit(HitType.POST, id, rs.getString("title"),
						Summaries.of(rs.getString("professional"), rs.getString("organisation")), url,
						Summaries.codes(rs.getArray("areas")), rs.getString("role_code"), 0));
			});
		return hits;
	}

}
