package nl.speelveld.areas;

import nl.speelveld.shared.Problem;

/** A well-formed postcode that we do not know, for example one that was never issued. */
public class PostcodeNotFound extends Problem {

	public PostcodeNotFound(String postcode) {
		super(Kind.NOT_FOUND, "problem.postcode.not-found", postcode);
	}

}
