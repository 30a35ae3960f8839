package nl.speelveld.participation.proposals;

import java.util.Locale;
import java.util.Optional;

/**
 * What became of a proposal, in the owner's answer: taken over, partly taken over, not taken over, or
 * made part of a decision of the gemeenteraad (named in the answer). Every answer gives its reasons.
 */
public enum Outcome {

	ADOPTED, PARTLY, NOT_ADOPTED, COUNCIL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Outcome> fromKey(String key) {
		for (Outcome outcome : values()) {
			if (outcome.key().equals(key)) {
				return Optional.of(outcome);
			}
		}
		return Optional.empty();
	}

}
