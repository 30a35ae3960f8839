package nl.speelveld.participation.budgeting;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The tally rules, by the names the API uses. */
public enum Rule {

	/** Most support first, skipping what does not fit, with the file's leftover policy and limits. */
	GREEDY("greedy"),

	/** The Method of Equal Shares with cost utilities and add1 completion (Pabulib's equalshares/add1). */
	EQUAL_SHARES("equal-shares");

	private final String key;

	Rule(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	/** The rule of an API parameter; null when unknown. */
	public static @Nullable Rule ofKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		for (Rule rule : values()) {
			if (rule.key.equals(wanted)) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * The rule a Pabulib file names in META: {@code greedy} (and its variants), {@code equalshares} or
	 * {@code equalshares/add1}; null for {@code unknown} or anything else.
	 */
	public static @Nullable Rule ofFile(String rule) {
		String named = rule.trim().toLowerCase(Locale.ROOT);
		if (named.equals("greedy")) {
			return GREEDY;
		}
		if (named.equals("equalshares") || named.equals("equalshares/add1")) {
			return EQUAL_SHARES;
		}
		return null;
	}

}
