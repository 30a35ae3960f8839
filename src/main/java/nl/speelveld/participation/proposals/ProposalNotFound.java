package nl.speelveld.participation.proposals;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No proposal with this id in this process, or one the visitor may not see (yet). */
public class ProposalNotFound extends Problem {

	public ProposalNotFound(UUID id) {
		super(Kind.NOT_FOUND, "proposal.problem.not-found", id.toString());
	}

}
