package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** An initiative stopped before it was done, for the reason given. */
public record InitiativeStopped(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
