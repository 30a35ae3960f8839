package nl.speelveld.participation.proposals;

import nl.speelveld.shared.Problem;

/** Something asked of a proposal that does not fit: supporting your own, a list page out of range. */
public class ProposalRefused extends Problem {

	public ProposalRefused(Kind kind, String messageKey, Object... arguments) {
		super(kind, messageKey, arguments);
	}

}
