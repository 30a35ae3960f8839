package nl.speelveld.areas;

import nl.speelveld.shared.Problem;

/** Raised for text that cannot be a CBS area code, for example {@code GM12} or {@code 0344}. */
public class InvalidAreaCode extends Problem {

	public InvalidAreaCode(String text) {
		super(Kind.BAD_INPUT, "problem.area.invalid-code", text);
	}

}
