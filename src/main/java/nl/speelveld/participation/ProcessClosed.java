package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A process ended after its last phase. */
public record ProcessClosed(UUID process, AreaCode area) implements ParticipationEvent {
}
