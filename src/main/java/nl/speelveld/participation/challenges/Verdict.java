package nl.speelveld.participation.challenges;

import java.util.Locale;
import java.util.Optional;

/** How a request scores on one criterion: met, partly met, or not met. */
public enum Verdict {

	MET, PARTLY, NOT_MET;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Verdict> fromKey(String key) {
		for (Verdict verdict : values()) {
			if (verdict.key().equals(key)) {
				return Optional.of(verdict);
			}
		}
		return Optional.empty();
	}

}
