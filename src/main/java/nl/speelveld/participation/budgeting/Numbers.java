package nl.speelveld.participation.budgeting;

import java.math.BigDecimal;

/** Amounts in files: whole euros, sometimes written with decimals ({@code 1000.0}) or a decimal comma. */
final class Numbers {

	private Numbers() {
	}

	/** A non-negative amount rounded down to whole units, as Pabulib's checker does; throws on anything else. */
	static long amount(String text) {
		String cleaned = text.trim().replace(',', '.');
		if (cleaned.isEmpty()) {
			throw new NumberFormatException("empty");
		}
		BigDecimal value = new BigDecimal(cleaned);
		if (value.signum() < 0) {
			throw new NumberFormatException("negative");
		}
		return value.longValue();
	}

}
