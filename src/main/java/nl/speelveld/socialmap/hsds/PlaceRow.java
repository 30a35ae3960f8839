package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** A place of the social map: an HSDS location. */
record PlaceRow(UUID id, String kind, String name, String description, @Nullable UUID organisationId,
		@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable Double lat,
		@Nullable Double lon, @Nullable String areaCode, String openingHours, String accessibility,
		@Nullable Boolean wheelchairAccessible, LocalDate lastConfirmed, Instant updatedAt,
		@Nullable ObjectNode remainder) {
}
