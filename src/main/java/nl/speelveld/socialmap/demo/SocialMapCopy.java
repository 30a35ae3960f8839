package nl.speelveld.socialmap.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Writes generated rows into the social map tables with COPY, parents before children so that foreign keys
 * hold at every row. The caller owns the connection and its transaction.
 */
final class SocialMapCopy {

	private SocialMapCopy() {
	}

	static void write(Connection connection, SocialMapData data) throws SQLException {
		writeOrganisations(connection, data.organisations());
		writeProfessionals(connection, data.professionals());
		writePosts(connection, data.posts());
		writePlaces(connection, data.places());
		writeServices(connection, data.services());
	}

	private static void writeOrganisations(Connection connection, List<SocialMapData.Organisation> rows)
			throws SQLException {
		var copy = CopyWriter.open(connection, "smap_organisation",
				"id, name, type, description, website, email, phone, street, postcode, city, last_confirmed");
		for (var row : rows) {
			copy.add(row.id()).add(row.name()).add(row.type()).add(row.description()).add(row.website())
				.add(row.email()).add(row.phone()).add(row.street()).add(row.postcode()).add(row.city())
				.add(row.lastConfirmed())
				.endRow();
		}
		copy.finish();
		var areas = CopyWriter.open(connection, "smap_organisation_area", "organisation_id, area_code");
		for (var row : rows) {
			writeAreas(areas, row.id(), row.areas());
		}
		areas.finish();
	}

	private static void writeProfessionals(Connection connection, List<SocialMapData.Professional> rows)
			throws SQLException {
		var copy = CopyWriter.open(connection, "smap_professional", "id, display_name, about");
		for (var row : rows) {
			copy.add(row.id()).add(row.displayName()).add(row.about()).endRow();
		}
		copy.finish();
	}

	private static void writePosts(Connection connection, List<SocialMapData.Post> rows) throws SQLException {
		var copy = CopyWriter.open(connection, "smap_post",
				"id, role_code, organisation_id, professional_id, title, focus, availability, languages, starts_on,"
						+ " ends_on, contact_email, contact_phone, last_confirmed");
		for (var row : rows) {
			copy.add(row.id()).add(row.role()).add(row.organisation()).add(row.professional()).add(row.title())
				.add(row.focus()).add(row.availability()).add(row.languages()).add(row.startsOn()).add(row.endsOn())
				.add(row.contactEmail()).add(row.contactPhone()).add(row.lastConfirmed())
				.endRow();
		}
		copy.finish();
		var areas = CopyWriter.open(connection, "smap_post_area", "post_id, area_code");
		for (var row : rows) {
			writeAreas(areas, row.id(), row.areas());
		}
		areas.finish();
	}

	private static void writePlaces(Connection connection, List<SocialMapData.Place> rows) throws SQLException {
		var copy = CopyWriter.open(connection, "smap_place",
				"id, kind, name, description, organisation_id, street, postcode, city, lat, lon, area_code,"
						+ " opening_hours, accessibility, wheelchair_accessible, last_confirmed");
		for (var row : rows) {
			copy.add(row.id()).add(row.kind()).add(row.name()).add(row.description()).add(row.organisation())
				.add(row.street()).add(row.postcode()).add(row.city()).add(row.lat()).add(row.lon()).add(row.area())
				.add(row.openingHours()).add(row.accessibility()).add(row.wheelchairAccessible())
				.add(row.lastConfirmed())
				.endRow();
		}
		copy.finish();
	}

	private static void writeServices(Connection connection, List<SocialMapData.Service> rows) throws SQLException {
		var copy = CopyWriter.open(connection, "smap_service",
				"id, organisation_id, name, description, audience, focus, url, email, phone, last_confirmed");
		for (var row : rows) {
			copy.add(row.id()).add(row.organisation()).add(row.name()).add(row.description()).add(row.audience())
				.add(row.focus()).add(row.url()).add(row.email()).add(row.phone()).add(row.lastConfirmed())
				.endRow();
		}
		copy.finish();
		var areas = CopyWriter.open(connection, "smap_service_area", "service_id, area_code");
		for (var row : rows) {
			writeAreas(areas, row.id(), row.areas());
		}
		areas.finish();
		var places = CopyWriter.open(connection, "smap_service_place", "service_id, place_id");
		for (var row : rows) {
			for (UUID place : row.places()) {
				places.add(row.id()).add(place).endRow();
			}
		}
		places.finish();
	}

	private static void writeAreas(CopyWriter copy, UUID owner, List<String> areas) throws SQLException {
		for (String area : areas) {
			copy.add(owner).add(area).endRow();
		}
	}

}
