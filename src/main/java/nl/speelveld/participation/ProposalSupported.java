package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** A resident supported a proposal; {@code supporters} is the count after theirs. */
public record ProposalSupported(UUID process, AreaCode area, UUID proposal, int supporters) implements ParticipationEvent {
}
