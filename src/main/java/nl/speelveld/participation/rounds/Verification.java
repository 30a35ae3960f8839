package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/**
 * How a round makes sure every resident votes once: a single-use code in a letter to each address or
 * household, or a signed-in account with a verified e-mail address and a postcode inside the area.
 */
public enum Verification {

	LETTER_CODE("letter-code"), ACCOUNT("account");

	private final String key;

	Verification(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static @Nullable Verification ofKey(@Nullable String key) {
		for (Verification verification : values()) {
			if (verification.key.equals(key)) {
				return verification;
			}
		}
		return null;
	}

}
