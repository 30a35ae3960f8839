package nl.speelveld.participation.processes;

import nl.speelveld.shared.Problem;

/**
 * A contribution the process does not take now, with the reason in the visitor's language: it is not
 * open yet, it is closed, the phase running now is for something else, or it is for residents of the area.
 */
public class ContributionRefused extends Problem {

	public enum Reason {

		DRAFT, CLOSED, PHASE, AREA

	}

	private final Reason reason;

	public ContributionRefused(Reason reason, Contribution contribution) {
		super(Kind.CONFLICT, "participation.refused." + reason.name().toLowerCase(java.util.Locale.ROOT),
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						"participation.contribution." + contribution.key()));
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
