package nl.speelveld.socialmap.freshness;

import nl.speelveld.shared.Problem;

/** A reminder a coordinator asked for that cannot go out: no owner to write to, or one sent today already. */
public class RemindRefused extends Problem {

	public RemindRefused(String messageKey) {
		super(Kind.CONFLICT, messageKey);
	}

}
