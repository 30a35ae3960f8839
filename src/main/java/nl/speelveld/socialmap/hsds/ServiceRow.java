package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** A service of an organisation, with the areas it serves and its HSDS remainder. */
record ServiceRow(UUID id, UUID organisationId, String name, String description, String audience,
		List<String> focus, @Nullable String url, @Nullable String email, @Nullable String phone, List<String> areas,
		LocalDate lastConfirmed, Instant updatedAt, @Nullable ObjectNode remainder) {
}
