package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** The gemeente decided on a request: {@code decision} is granted, partly or rejected; {@code late} when after its due date. */
public record ChallengeDecided(UUID challenge, AreaCode area, String decision, boolean late) implements ChallengeEvent {
}
