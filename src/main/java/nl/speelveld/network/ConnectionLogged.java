package nl.speelveld.network;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * A professional logged a connection in an area. Carries only the kinds of the two endpoints (organisation,
 * post or group), never a group's pseudonym or who logged it, so that listeners can count without holding
 * anything about people.
 */
public record ConnectionLogged(UUID connection, AreaCode area, LocalDate on, String fromKind, String toKind,
		@Nullable String purpose) {
}
