package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** An initiative is done, with its outcome and evaluation. */
public record InitiativeCompleted(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
