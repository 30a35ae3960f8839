package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A ballot was cast in a budgeting round (a changed ballot is not cast again); who and how stay out of it. */
public record BallotCast(UUID process, AreaCode area) implements ParticipationEvent {
}
