package nl.speelveld.socialmap.hsds;

import nl.speelveld.shared.Problem;

/** No HSDS object of this kind has this id. */
public class HsdsNotFound extends Problem {

	public HsdsNotFound(String kind, String id) {
		super(Kind.NOT_FOUND, "problem.hsds.not-found", kind, id);
	}

}
