package nl.speelveld.accounts;

import java.util.Optional;

/**
 * The five age groups of the CBS key figures (0 to 15, 15 to 25, 25 to 45, 45 to 65, 65 and older). A person
 * may give theirs; Speelveld never asks for a date of birth.
 */
public enum AgeBand {

	AGE_0_15("0-15"), AGE_15_25("15-25"), AGE_25_45("25-45"), AGE_45_65("45-65"), AGE_65_PLUS("65+");

	private final String key;

	AgeBand(String key) {
		this.key = key;
	}

	/** The stored value, also the key in JSON and the end of the message key {@code age-band.<key>}. */
	public String key() {
		return this.key;
	}

	public static Optional<AgeBand> fromKey(String key) {
		for (AgeBand band : values()) {
			if (band.key.equals(key)) {
				return Optional.of(band);
			}
		}
		return Optional.empty();
	}

}
