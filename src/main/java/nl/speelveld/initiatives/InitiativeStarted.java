package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** An initiative with support started its activities. */
public record InitiativeStarted(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
