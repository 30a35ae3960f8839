package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A group asked to take over a municipal task; {@code domain} is the kind of task, such as green. */
public record ChallengeSubmitted(UUID challenge, AreaCode area, String domain) implements ChallengeEvent {
}
