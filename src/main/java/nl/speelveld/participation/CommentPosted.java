package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Someone commented on a proposal, or replied to a comment when {@code reply} is true. */
public record CommentPosted(UUID process, AreaCode area, UUID proposal, UUID comment, boolean reply) implements ParticipationEvent {
}
