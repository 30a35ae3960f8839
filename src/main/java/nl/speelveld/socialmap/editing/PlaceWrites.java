package nl.speelveld.socialmap.editing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Saves places; saving confirms their data as of today. */
@Repository
class PlaceWrites {

	private final JdbcClient jdbc;

	PlaceWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(PlaceDraft place, @Nullable UUID owner) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into smap_place (id, kind, name, description, organisation_id, street, postcode, city, lat, lon,
				                        area_code, opening_hours, accessibility, wheelchair_accessible, owner_id, last_confirmed)
				values (:id, :kind, :name, :description, :organisation, :street, :postcode, :city, :lat, :lon, :area,
				        :hours, :accessibility, :wheelchair, :owner, current_date)""")
			.params(values(place))
			.param("id", id)
			.param("owner", owner)
			.update();
		return id;
	}

	void update(UUID id, PlaceDraft place) {
		this.jdbc.sql("""
				update smap_place set kind = :kind, name = :name, description = :description, organisation_id = :organisation,
				  street = :street, postcode = :postcode, city = :city, lat = :lat, lon = :lon, area_code = :area,
				  opening_hours = :hours, accessibility = :accessibility, wheelchair_accessible = :wheelchair,
				  last_confirmed = current_date, updated_at = now()
				where id = :id""")
			.params(values(place))
			.param("id", id)
			.update();
	}

	private static Map<String, @Nullable Object> values(PlaceDraft place) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("kind", place.kind());
		values.put("name", place.name());
		values.put("description", place.description());
		values.put("organisation", place.organisation());
		values.put("street", place.street());
		values.put("postcode", place.postcode());
		values.put("city", place.city());
		values.put("lat", place.lat());
		values.put("lon", place.lon());
		values.put("area", place.area().value());
		values.put("hours", place.openingHours());
		values.put("accessibility", place.accessibility());
		values.put("wheelchair", place.wheelchairAccessible());
		return values;
	}

}
