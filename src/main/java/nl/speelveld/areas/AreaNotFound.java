package nl.speelveld.areas;

import nl.speelveld.shared.Problem;

/** No area with this code exists (in the requested year). */
public class AreaNotFound extends Problem {

	public AreaNotFound(AreaCode code) {
		this(code.value());
	}

	/** Also for text that is not a code at all: to someone following a link, it is simply not there. */
	public AreaNotFound(String code) {
		super(Kind.NOT_FOUND, "problem.area.not-found", code);
	}

	public AreaNotFound(AreaCode code, int year) {
		super(Kind.NOT_FOUND, "problem.area.not-found-in-year", code.value(), String.valueOf(year));
	}

}
