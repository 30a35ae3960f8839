package nl.speelveld.participation.discussion;

import nl.speelveld.shared.Problem;

/** No such proposal in this process, or not one the visitor may see. */
public class ProposalNotFound extends Problem {

	public ProposalNotFound() {
		super(Kind.NOT_FOUND, "discussion.problem.proposal-not-found");
	}

}
