package nl.speelveld.participation.budgeting;

import java.math.BigDecimal;

/** Amounts in files: whole euros, sometimes written with decimals ({@code 1000.0}) or a decimal comma. */
final class Numbers {

	private Numbers() {
	}

	/**
	 * The largest amount taken: a thousand billion euros, far above any budget, and small enough that sums
	 * of a million of them cannot overflow.
	 */
	static final long LARGEST = 1_000_000_000_000L;

	/** A non-negative amount rounded down to whole units, as Pabulib's checker does; throws on anything else. */
	static long amount(String text) {
		String cleaned = text.trim().replace(',', '.');
		if (cleaned.isEmpty() || cleaned.length() > 32) {
			throw new NumberFormatException("empty or too long");
		}
		BigDecimal value = new BigDecimal(cleaned);
		if (value.signum() < 0) {
			throw new NumberFormatException("negative");
		}
		if (value.compareTo(BigDecimal.valueOf(LARGEST)) > 0) {
			throw new NumberFormatException("over " + LARGEST);
		}
		return value.longValue();
	}

}
