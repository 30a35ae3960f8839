package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A moderator hid a contribution; {@code kind} is {@code proposal}, {@code argument} or {@code comment}. */
public record ContentHidden(UUID process, AreaCode area, String kind, UUID content) implements ParticipationEvent {
}
