package nl.speelveld.participation.rounds;

import nl.speelveld.shared.Problem;

/** A step of the round that does not fit now; the message key says why. Nothing was written. */
public class RoundRefused extends Problem {

	public static final String NOT_VOTING = "round.refused.not-voting";

	public static final String ALREADY_VOTED = "round.refused.already-voted";

	public static final String VOTING_STARTED = "round.refused.voting-started";

	public static final String NOT_FUNDED = "round.refused.not-funded";

	public static final String NOT_VERIFIED = "round.refused.not-verified";

	public static final String NOT_OVER = "round.refused.not-over";

	public static final String WRONG_WAY = "round.refused.wrong-way";

	public RoundRefused(String key) {
		super(Kind.CONFLICT, key);
	}

}
