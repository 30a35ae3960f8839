package nl.speelveld.participation.budgeting;

import java.util.Locale;

/**
 * What happens to budget that the first greedy pass leaves, as the {@code leftover_budget} field of the
 * Amsterdam files describes it.
 */
public enum LeftoverPolicy {

	/** No policy given: the greedy pass skips what does not fit and the rest stays unspent. */
	NONE(""),

	/**
	 * Fund additional projects that fit within leftover budget ordered by score: after the pass within the
	 * category limits, the projects left over are funded by score from what is left of the total budget, no
	 * longer bound by their category (so the Oost files 604 and 605 say in their comment).
	 */
	FUND_FITTING("Fund additional projects that fit within leftover budget ordered by score"),

	/**
	 * Partially fund one additional project with highest score: the greedy pass stops at the first project that
	 * does not fit, and that project gets what is left (the municipality tops it up; Centrum 417 says so).
	 */
	PARTIAL_ONE("Partially fund one additional project with highest score");

	private final String text;

	LeftoverPolicy(String text) {
		this.text = text;
	}

	/** The text of the {@code leftover_budget} field. */
	public String text() {
		return this.text;
	}

	static LeftoverPolicy parse(String text) {
		String wanted = text.trim().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return NONE;
		}
		if (wanted.startsWith("fund additional")) {
			return FUND_FITTING;
		}
		if (wanted.startsWith("partially fund")) {
			return PARTIAL_ONE;
		}
		return null;
	}

}
