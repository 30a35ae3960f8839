package nl.speelveld.participation.challenges;

import nl.speelveld.shared.Problem;

/** No request under the uitdaagrecht with this id. */
public class ChallengeNotFound extends Problem {

	public ChallengeNotFound(String id) {
		super(Kind.NOT_FOUND, "challenge.problem.not-found", id);
	}

}
