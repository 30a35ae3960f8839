package nl.speelveld.socialmap.hsds;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes imported rows: each entry by its HSDS id, inserted or updated (so importing the same file again
 * changes nothing but the time of change). Owners and columns that HSDS does not carry stay as they were.
 */
@Repository
class ImportWriter {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportWriter(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void organisations(Collection<OrganisationRow> rows) {
		for (OrganisationRow row : rows) {
			this.jdbc.sql("""
					insert into smap_organisation (id, name, type, description, website, email, phone, street, postcode, city,
						last_confirmed, updated_at, hsds_remainder)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
					on conflict (id) do update set name = excluded.name, type = excluded.type, description = excluded.description,
						website = excluded.website, email = excluded.email, phone = excluded.phone, street = excluded.street,
						postcode = excluded.postcode, city = excluded.city, updated_at = excluded.updated_at,
						hsds_remainder = excluded.hsds_remainder""")
				.params(row.id(), row.name(), row.type(), row.description(), row.website(), row.email(), row.phone(),
						row.street(), row.postcode(), row.city(), row.lastConfirmed(), Timestamp.from(row.updatedAt()),
						text(row.remainder()))
				.update();
			this.jdbc.sql("delete from smap_organisation_area where organisation_id = ?").param(row.id()).update();
			for (String code : row.areas()) {
				this.jdbc.sql("insert into smap_organisation_area (organisation_id, area_code) values (?, ?)")
					.params(row.id(), code).update();
			}
		}
	}

	void places(Collection<PlaceRow> rows) {
		for (PlaceRow row : rows) {
			this.jdbc.sql("""
					insert into smap_place (id, kind, name, description, organisation_id, street, postcode, city, lat, lon,
						area_code, opening_hours, accessibility, wheelchair_accessible, last_confirmed, updated_at, hsds_remainder)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
					on conflict (id) do update set kind = excluded.kind, name = excluded.name, description = excluded.description,
						organisation_id = excluded.organisation_id, street = excluded.street, postcode = excluded.postcode,
						city = excluded.city, lat = excluded.lat, lon = excluded.lon, area_code = excluded.area_code,
						accessibility = excluded.accessibility, updated_at = excluded.updated_at,
						hsds_remainder = excluded.hsds_remainder""")
				.params(row.id(), row.kind(), row.name(), row.description(), row.organisationId(), row.street(),
						row.postcode(), row.city(), row.lat(), row.lon(), row.areaCode(), row.openingHours(),
						row.accessibility(), row.wheelchairAccessible(), row.lastConfirmed(), Timestamp.from(row.updatedAt()),
						text(row.remainder()))
				.update();
		}
	}

	void services(Collection<ServiceRow> rows) {
		for (ServiceRow row : rows) {
			this.jdbc.sql("""
					insert into smap_service (id, organisation_id, name, description, audience, focus, url, email, phone,
						last_confirmed, updated_at, hsds_remainder)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
					on conflict (id) do update set organisation_id = excluded.organisation_id, name = excluded.name,
						description = excluded.description, audience = excluded.audience, focus = excluded.focus,
						url = excluded.url, email = excluded.email, phone = excluded.phone,
						last_confirmed = excluded.last_confirmed, updated_at = excluded.updated_at,
						hsds_remainder = excluded.hsds_remainder""")
				.params(row.id(), row.organisationId(), row.name(), row.description(), row.audience(),
						row.focus().toArray(new String[0]), row.url(), row.email(), row.phone(), row.lastConfirmed(),
						Timestamp.from(row.updatedAt()), text(row.remainder()))
				.update();
			this.jdbc.sql("delete from smap_service_area where service_id = ?").param(row.id()).update();
			for (String code : row.areas()) {
				this.jdbc.sql("insert into smap_service_area (service_id, area_code) values (?, ?)").params(row.id(), code)
					.update();
			}
		}
	}

	void servicesAtLocations(List<ServicePlaceRow> rows) {
		for (ServicePlaceRow row : rows) {
			// The id names the pair: if it named another pair before, that one goes.
			this.jdbc.sql("delete from smap_service_place where hsds_id = ? and (service_id <> ? or place_id <> ?)")
				.params(row.id(), row.serviceId(), row.placeId()).update();
			this.jdbc.sql("""
					insert into smap_service_place (service_id, place_id, hsds_id, hsds_remainder) values (?, ?, ?, cast(? as jsonb))
					on conflict (service_id, place_id) do update set hsds_id = excluded.hsds_id,
						hsds_remainder = excluded.hsds_remainder""")
				.params(row.serviceId(), row.placeId(), row.id().equals(HsdsIds.of("service-at-location:" + row.serviceId()
						+ ":" + row.placeId())) ? null : row.id(), text(row.remainder()))
				.update();
		}
	}

	private @Nullable String text(@Nullable ObjectNode remainder) {
		return remainder == null || remainder.isEmpty() ? null : this.json.writeValueAsString(remainder);
	}

}
