package nl.speelveld.socialmap.hsds;

import nl.speelveld.shared.Problem;

/** A parameter of an HSDS request that Speelveld cannot use, with the reason in the message. */
public class HsdsBadRequest extends Problem {

	public HsdsBadRequest(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
