package nl.speelveld.participation.rounds;

import nl.speelveld.shared.Problem;

/** A ballot that does not meet the round's rules; the message key says which, and nothing was stored. */
public class BallotRefused extends Problem {

	public static final String EMPTY = "round.ballot.empty";

	public static final String TOO_MANY = "round.ballot.too-many";

	public static final String OVER_BUDGET = "round.ballot.over-budget";

	public static final String CHOOSE_ONE = "round.ballot.choose-one";

	public static final String UNKNOWN_PROJECT = "round.ballot.unknown-project";

	public BallotRefused(String key, Object... details) {
		super(Kind.BAD_INPUT, key, details);
	}

}
