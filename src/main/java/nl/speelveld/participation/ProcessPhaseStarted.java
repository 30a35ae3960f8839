package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A process opened or moved to its next phase; {@code kind} is the phase kind's key. */
public record ProcessPhaseStarted(UUID process, AreaCode area, int phase, String kind) implements ParticipationEvent {
}
