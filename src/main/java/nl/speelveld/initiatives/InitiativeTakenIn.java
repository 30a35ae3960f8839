package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A professional took an initiative in: from now on it has a guide. */
public record InitiativeTakenIn(UUID initiative, AreaCode area, Instant at) implements InitiativeEvent {
}
