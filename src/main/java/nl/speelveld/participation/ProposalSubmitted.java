package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A resident put a proposal in a process; {@code visible} is false while it waits for a moderator. */
public record ProposalSubmitted(UUID process, AreaCode area, UUID proposal, boolean visible) implements ParticipationEvent {
}
