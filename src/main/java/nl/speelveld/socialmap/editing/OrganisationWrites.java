package nl.speelveld.socialmap.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves organisations and the areas they work in; saving confirms their data as of today. */
@Repository
class OrganisationWrites {

	private final JdbcClient jdbc;

	OrganisationWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(OrganisationDraft organisation, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_organisation (id, name, type, description, website, email, phone, street, postcode, city,
				                               owner_id, last_confirmed)
				values (:id, :name, :type, :description, :website, :email, :phone, :street, :postcode, :city, :owner,
				        current_date)""")
			.params(values(organisation))
			.param("id", id)
			.param("owner", owner)
			.update();
		setAreas(id, organisation.areas());
		return id;
	}

	void update(UUID id, OrganisationDraft organisation) {
		this.jdbc.sql("""
				update smap_organisation set name = :name, type = :type, description = :description, website = :website,
				  email = :email, phone = :phone, street = :street, postcode = :postcode, city = :city,
				  last_confirmed = current_date, updated_at = now()
				where id = :id""")
			.params(values(organisation))
			.param("id", id)
			.update();
		setAreas(id, organisation.areas());
	}

	/**
	 * The organisation on the map with this name, in any letter case. Where several share the name, the one
	 * working in one of {@code gemeenten} wins, then the oldest.
	 */
	Optional<UUID> named(String name, List<AreaCode> gemeenten) {
		return this.jdbc.sql("""
				select o.id from smap_organisation o
				where lower(o.name) = lower(:name)
				order by exists (select 1 from smap_organisation_area a where a.organisation_id = o.id
				                 and substr(a.area_code, 3, 4) = any(:gemeenten)) desc, o.created_at
				limit 1""")
			.param("name", name.strip())
			.param("gemeenten", gemeenten.stream().map(code -> code.value().substring(2, 6)).toArray(String[]::new))
			.query(UUID.class)
			.optional();
	}

	private void setAreas(UUID organisation, List<AreaCode> areas) {
		this.jdbc.sql("delete from smap_organisation_area where organisation_id = ?").param(organisation).update();
		for (AreaCode area : areas) {
			this.jdbc.sql("insert into smap_organisation_area (organisation_id, area_code) values (?, ?)")
				.params(organisation, area.value())
				.update();
		}
	}

	private static Map<String, @Nullable Object> values(OrganisationDraft organisation) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("name", organisation.name());
		values.put("type", organisation.type().key());
		values.put("description", organisation.description());
		values.put("website", organisation.website());
		values.put("email", organisation.email());
		values.put("phone", organisation.phone());
		values.put("street", organisation.street());
		values.put("postcode", organisation.postcode());
		values.put("city", organisation.city());
		return values;
	}

}
