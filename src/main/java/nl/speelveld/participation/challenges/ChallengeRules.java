package nl.speelveld.participation.challenges;

import java.util.List;

/**
 * A gemeente's rules for the uitdaagrecht: the criteria a request is assessed against, the weeks within
 * which the gemeente decides, and a short text on its participatieverordening. {@code standard} marks the
 * rules of a gemeente that set none of its own; pages say so.
 */
public record ChallengeRules(String gemeente, List<Criterion> criteria, int decisionWeeks, String regulation,
		boolean standard) {

	/** The period the law leaves to the gemeente; many regulations say eight to twelve weeks. */
	public static final int STANDARD_WEEKS = 10;

	public ChallengeRules {
		criteria = List.copyOf(criteria);
	}

}
