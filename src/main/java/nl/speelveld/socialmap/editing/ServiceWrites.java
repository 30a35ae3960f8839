package nl.speelveld.socialmap.editing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves services with their areas and places, and reads one back for its form. */
@Repository
class ServiceWrites {

	private final JdbcClient jdbc;

	ServiceWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A service as stored, for its form; {@code owner} answers for it. */
	record Stored(UUID id, ServiceDraft service, @Nullable UUID owner, LocalDate lastConfirmed) {
	}

	Optional<Stored> byId(UUID id) {
		return this.jdbc.sql("""
				select s.id, s.organisation_id, s.name, s.description, s.audience, s.focus, s.url, s.email, s.phone,
				       s.owner_id, s.last_confirmed,
				       array(select a.area_code from smap_service_area a where a.service_id = s.id order by a.area_code) as areas,
				       array(select sp.place_id::text from smap_service_place sp where sp.service_id = s.id) as places
				from smap_service s where s.id = ?""")
			.param(id)
			.query((rs, n) -> new Stored(rs.getObject("id", UUID.class),
					new ServiceDraft(rs.getObject("organisation_id", UUID.class), rs.getString("name"),
							rs.getString("description"), rs.getString("audience"), strings(rs.getArray("focus")),
							rs.getString("url"), rs.getString("email"), rs.getString("phone"),
							strings(rs.getArray("areas")).stream().map(AreaCode::new).toList(),
							strings(rs.getArray("places")).stream().map(UUID::fromString).toList()),
					rs.getObject("owner_id", UUID.class), rs.getObject("last_confirmed", LocalDate.class)))
			.optional();
	}

	UUID insert(ServiceDraft service, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_service (id, organisation_id, name, description, audience, focus, url, email, phone,
				                          owner_id, last_confirmed)
				values (:id, :organisation, :name, :description, :audience, :focus, :url, :email, :phone, :owner, current_date)""")
			.params(values(service))
			.param("id", id)
			.param("owner", owner)
			.update();
		setAreasAndPlaces(id, service);
		return id;
	}

	void update(UUID id, ServiceDraft service) {
		this.jdbc.sql("""
				update smap_service set organisation_id = :organisation, name = :name, description = :description,
				  audience = :audience, focus = :focus, url = :url, email = :email, phone = :phone,
				  last_confirmed = current_date, updated_at = now()
				where id = :id""")
			.params(values(service))
			.param("id", id)
			.update();
		setAreasAndPlaces(id, service);
	}

	private void setAreasAndPlaces(UUID id, ServiceDraft service) {
		this.jdbc.sql("delete from smap_service_area where service_id = ?").param(id).update();
		for (AreaCode area : service.areas()) {
			this.jdbc.sql("insert into smap_service_area (service_id, area_code) values (?, ?)").params(id, area.value()).update();
		}
		this.jdbc.sql("delete from smap_service_place where service_id = ?").param(id).update();
		for (UUID place : service.places()) {
			this.jdbc.sql("insert into smap_service_place (service_id, place_id) values (?, ?)").params(id, place).update();
		}
	}

	private static Map<String, @Nullable Object> values(ServiceDraft service) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("organisation", service.organisation());
		values.put("name", service.name());
		values.put("description", service.description());
		values.put("audience", service.audience());
		values.put("focus", service.focus().toArray(String[]::new));
		values.put("url", service.url());
		values.put("email", service.email());
		values.put("phone", service.phone());
		return values;
	}

	private static List<String> strings(java.sql.@Nullable Array array) throws java.sql.SQLException {
		return array == null ? List.of() : java.util.Arrays.asList((String[]) array.getArray());
	}

}
