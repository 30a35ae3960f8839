package nl.speelveld.socialmap.freshness;

import nl.speelveld.shared.Problem;

/** A confirmation link that was used already, has expired, or never existed. */
public class ConfirmationLinkNotValid extends Problem {

	private final ConfirmationLink.State state;

	public ConfirmationLinkNotValid(ConfirmationLink.State state) {
		super(Kind.NOT_FOUND, "freshness.link." + state.key());
		this.state = state;
	}

	public ConfirmationLink.State state() {
		return this.state;
	}

}
