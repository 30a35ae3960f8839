package nl.speelveld.initiatives.lifecycle;

import nl.speelveld.shared.Problem;

/** A support that cannot count: for one's own initiative, or one that has ended. */
public class SupportRefused extends Problem {

	public SupportRefused(String messageKey) {
		super(Kind.CONFLICT, messageKey);
	}

}
