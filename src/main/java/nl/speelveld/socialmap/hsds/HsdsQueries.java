package nl.speelveld.socialmap.hsds;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.roles.Roles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which entries an HSDS list shows, one page at a time and in a stable order (name, then id). Services are
 * the social map's services and its posts together.
 */
@Repository
class HsdsQueries {

	/** A service or a post, which share the HSDS service list. */
	record ServiceRef(UUID id, boolean post) {
	}

	record Found<T>(List<T> items, long total) {
	}

	private final JdbcClient jdbc;

	private final HsdsTerms terms;

	private final Roles roles;

	HsdsQueries(JdbcClient jdbc, HsdsTerms terms, Roles roles) {
		this.jdbc = jdbc;
		this.terms = terms;
		this.roles = roles;
	}

	Found<ServiceRef> services(HsdsFilter filter, int offset, int limit) {
		SqlConditions services = serviceConditions(filter);
		SqlConditions posts = postConditions(filter);
		String union = "select s.id, lower(s.name) as sort_name, false as post from smap_service s" + services.where()
				+ " union all select p.id, lower(p.title), true from smap_post p" + posts.where();
		List<Object> parameters = new ArrayList<>(services.parameters());
		parameters.addAll(posts.parameters());
		long total = this.jdbc.sql("select count(*) from (" + union + ") x").params(parameters).query(Long.class).single();
		List<Object> paged = new ArrayList<>(parameters);
		paged.add(limit);
		paged.add(offset);
		List<ServiceRef> refs = this.jdbc.sql("select id, post from (" + union + ") x order by sort_name, id limit ? offset ?")
			.params(paged)
			.query((rs, row) -> new ServiceRef(rs.getObject("id", UUID.class), rs.getBoolean("post")))
			.list();
		return new Found<>(refs, total);
	}

	Found<UUID> organizations(HsdsFilter filter, int offset, int limit) {
		SqlConditions where = new SqlConditions();
		if (filter.search() != null) {
			String pattern = SqlConditions.contains(filter.search());
			where.add("(o.name ilike ? or o.description ilike ?)", pattern, pattern);
		}
		if (filter.modifiedAfter() != null) {
			where.add("o.updated_at >= ?", Timestamp.from(filter.modifiedAfter()));
		}
		if (filter.within() != null) {
			String key = SqlConditions.areaKey(filter.within());
			where.add("""
					(exists (select 1 from smap_organisation_area a where a.organisation_id = o.id and substr(a.area_code, 3) like ?)
					or exists (select 1 from smap_place p where p.organisation_id = o.id and p.area_key like ?)
					or exists (select 1 from smap_service s join smap_service_area a on a.service_id = s.id
						where s.organisation_id = o.id and a.area_key like ?)
					or exists (select 1 from smap_post p join smap_post_area a on a.post_id = p.id
						where p.organisation_id = o.id and a.area_key like ?))""", key, key, key, key);
		}
		if (!filter.covering().isEmpty()) {
			where.add("exists (select 1 from smap_organisation_area a where a.organisation_id = o.id and a.area_code = any(?))",
					(Object) filter.covering().toArray(new String[0]));
		}
		return page("select o.id, lower(o.name) as sort_name from smap_organisation o" + where.where(), where, offset, limit);
	}

	Found<UUID> servicesAtLocations(HsdsFilter filter, int offset, int limit) {
		SqlConditions where = new SqlConditions();
		if (filter.search() != null) {
			String pattern = SqlConditions.contains(filter.search());
			where.add("(s.name ilike ? or p.name ilike ?)", pattern, pattern);
		}
		termCondition(filter, where, "s", "p");
		if (filter.organizationId() != null) {
			where.add("s.organisation_id = ?", filter.organizationId());
		}
		if (filter.modifiedAfter() != null) {
			where.add("greatest(s.updated_at, p.updated_at) >= ?", Timestamp.from(filter.modifiedAfter()));
		}
		if (filter.within() != null) {
			where.add("p.area_key like ?", SqlConditions.areaKey(filter.within()));
		}
		if (!filter.covering().isEmpty()) {
			String[] codes = filter.covering().toArray(new String[0]);
			where.add("(p.area_code = any(?) or exists (select 1 from smap_service_area a where a.service_id = s.id "
					+ "and a.area_code = any(?)))", codes, codes);
		}
		return page("""
				select coalesce(sp.hsds_id, sp.derived_id) as id, lower(s.name || ' ' || p.name) as sort_name
				from smap_service_place sp join smap_service s on s.id = sp.service_id join smap_place p on p.id = sp.place_id"""
				+ where.where(), where, offset, limit);
	}

	private Found<UUID> page(String select, SqlConditions where, int offset, int limit) {
		long total = this.jdbc.sql("select count(*) from (" + select + ") x").params(where.parameters())
			.query(Long.class).single();
		List<Object> paged = new ArrayList<>(where.parameters());
		paged.add(limit);
		paged.add(offset);
		List<UUID> ids = this.jdbc.sql("select id from (" + select + ") x order by sort_name, id limit ? offset ?")
			.params(paged)
			.query((rs, row) -> rs.getObject("id", UUID.class))
			.list();
		return new Found<>(ids, total);
	}

	private SqlConditions serviceConditions(HsdsFilter filter) {
		SqlConditions where = new SqlConditions();
		if (filter.search() != null) {
			String pattern = SqlConditions.contains(filter.search());
			where.add("(s.name ilike ? or s.description ilike ?)", pattern, pattern);
		}
		termCondition(filter, where, "s", null);
		common(filter, where, "s", "smap_service_area", "service_id");
		return where;
	}

	private SqlConditions postConditions(HsdsFilter filter) {
		SqlConditions where = new SqlConditions();
		if (filter.search() != null) {
			String wanted = filter.search().strip().toLowerCase(Locale.ROOT);
			String[] roles = this.roles.all().stream()
				.filter(role -> role.nameNl().toLowerCase(Locale.ROOT).contains(wanted)
						|| role.nameEn().toLowerCase(Locale.ROOT).contains(wanted))
				.map(role -> role.code())
				.toArray(String[]::new);
			where.add("(p.title ilike ? or p.role_code = any(?))", SqlConditions.contains(filter.search()), roles);
		}
		Optional<HsdsTerm> term = term(filter);
		if (filter.taxonomyTermId() != null) {
			if (term.isEmpty()) {
				where.add("false");
			}
			else {
				String code = term.get().code();
				switch (term.get().taxonomy()) {
					case ROLE_TYPES -> where.add("p.role_code = ?", code);
					case FOCUS_THEMES -> where.add("p.focus @> array[?]::varchar[]", code);
					case AREAS -> where.add("exists (select 1 from smap_post_area a where a.post_id = p.id and a.area_code = ?)", code);
					case ORGANISATION_TYPES -> where.add(
							"exists (select 1 from smap_organisation o where o.id = p.organisation_id and o.type = ?)", code);
					case PLACE_KINDS -> where.add("false");
				}
			}
		}
		taxonomyCondition(filter, where, "p", true);
		common(filter, where, "p", "smap_post_area", "post_id");
		return where;
	}

	private void termCondition(HsdsFilter filter, SqlConditions where, String service, String place) {
		if (filter.taxonomyTermId() != null) {
			Optional<HsdsTerm> term = term(filter);
			if (term.isEmpty()) {
				where.add("false");
				return;
			}
			String code = term.get().code();
			switch (term.get().taxonomy()) {
				case ROLE_TYPES -> where.add("false");
				case FOCUS_THEMES -> where.add(service + ".focus @> array[?]::varchar[]", code);
				case AREAS -> where.add("exists (select 1 from smap_service_area a where a.service_id = " + service
						+ ".id and a.area_code = ?)", code);
				case ORGANISATION_TYPES -> where.add("exists (select 1 from smap_organisation o where o.id = " + service
						+ ".organisation_id and o.type = ?)", code);
				case PLACE_KINDS -> where.add(place != null ? place + ".kind = ?"
						: "exists (select 1 from smap_service_place sp join smap_place k on k.id = sp.place_id "
								+ "where sp.service_id = " + service + ".id and k.kind = ?)", code);
			}
		}
		taxonomyCondition(filter, where, service, false);
	}

	private static void taxonomyCondition(HsdsFilter filter, SqlConditions where, String alias, boolean post) {
		if (filter.taxonomyId() == null) {
			return;
		}
		var taxonomy = HsdsTaxonomy.byId(filter.taxonomyId());
		if (taxonomy.isEmpty()) {
			where.add("false");
			return;
		}
		switch (taxonomy.get()) {
			case ROLE_TYPES -> where.add(post ? "true" : "false");
			case FOCUS_THEMES -> where.add("cardinality(" + alias + ".focus) > 0");
			case AREAS -> where.add(post ? "exists (select 1 from smap_post_area a where a.post_id = p.id)"
					: "exists (select 1 from smap_service_area a where a.service_id = " + alias + ".id)");
			case ORGANISATION_TYPES -> where.add("true");
			case PLACE_KINDS -> where.add(post ? "false"
					: "exists (select 1 from smap_service_place sp where sp.service_id = " + alias + ".id)");
		}
	}

	private static void common(HsdsFilter filter, SqlConditions where, String alias, String areaTable, String areaOwner) {
		if (filter.organizationId() != null) {
			where.add(alias + ".organisation_id = ?", filter.organizationId());
		}
		if (filter.modifiedAfter() != null) {
			where.add(alias + ".updated_at >= ?", Timestamp.from(filter.modifiedAfter()));
		}
		if (filter.within() != null) {
			where.add("exists (select 1 from " + areaTable + " a where a." + areaOwner + " = " + alias
					+ ".id and a.area_key like ?)", SqlConditions.areaKey(filter.within()));
		}
		if (!filter.covering().isEmpty()) {
			where.add("exists (select 1 from " + areaTable + " a where a." + areaOwner + " = " + alias
					+ ".id and a.area_code = any(?))", (Object) filter.covering().toArray(new String[0]));
		}
	}

	private Optional<HsdsTerm> term(HsdsFilter filter) {
		return filter.taxonomyTermId() == null ? Optional.empty() : this.terms.find(filter.taxonomyTermId());
	}

}
