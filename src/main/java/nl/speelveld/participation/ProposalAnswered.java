package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/**
 * The owner of a process said what happened with a proposal; {@code outcome} is adopted, partly,
 * not_adopted or council, and {@code changed} tells an answer that replaced an earlier one.
 */
public record ProposalAnswered(UUID process, AreaCode area, UUID proposal, String outcome, boolean changed)
		implements ParticipationEvent {
}
