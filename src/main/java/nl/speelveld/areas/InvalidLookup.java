package nl.speelveld.areas;

import nl.speelveld.shared.Problem;

/** A lookup or listing that cannot be answered as asked: a malformed coordinate, postcode, level or year. */
public class InvalidLookup extends Problem {

	public InvalidLookup(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
