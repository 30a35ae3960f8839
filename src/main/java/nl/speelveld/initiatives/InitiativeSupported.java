package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A resident supported an initiative: one more for its draagvlak. */
public record InitiativeSupported(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
