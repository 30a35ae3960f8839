package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/** Whole euros as people type them: 25000, 25.000 or € 25.000,00. */
final class Amounts {

	/** Beyond any municipal budget, and far from overflowing when a million ballots add up costs. */
	static final long MOST = 10_000_000_000L;

	private Amounts() {
	}

	/** The amount in whole euros, or null when the text is not one above zero and at most {@link #MOST}. */
	static @Nullable Long parse(String text) {
		String plain = text.replace("€", "").replaceAll("\\s", "");
		if (plain.endsWith(",00") || plain.endsWith(",-")) {
			plain = plain.substring(0, plain.lastIndexOf(','));
		}
		plain = plain.replace(".", "");
		if (plain.isEmpty() || plain.length() > 11 || !plain.chars().allMatch(Character::isDigit)) {
			return null;
		}
		long amount = Long.parseLong(plain);
		return amount > 0 && amount <= MOST ? amount : null;
	}

}
