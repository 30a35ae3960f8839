package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** An organisation of the social map as HSDS needs it, with the areas it works in and its HSDS remainder. */
record OrganisationRow(UUID id, String name, String type, String description, @Nullable String website,
		@Nullable String email, @Nullable String phone, @Nullable String street, @Nullable String postcode,
		@Nullable String city, List<String> areas, LocalDate lastConfirmed, Instant updatedAt,
		@Nullable ObjectNode remainder) {

	boolean hasAddress() {
		return this.street != null || this.city != null;
	}

}
