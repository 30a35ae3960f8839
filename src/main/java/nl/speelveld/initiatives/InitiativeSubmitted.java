package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A resident submitted an initiative to the gemeente: the answer deadline starts. */
public record InitiativeSubmitted(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
