package nl.speelveld.network.connections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A logged connection between two endpoints, in an area, on a day, for a purpose if one was given. */
public record Connection(UUID id, @Nullable UUID loggedBy, AreaCode area, LocalDate on, @Nullable String purpose,
		Endpoint from, Endpoint to, Instant createdAt) {
}
