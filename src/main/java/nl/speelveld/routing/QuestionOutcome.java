package nl.speelveld.routing;

import java.util.Locale;
import java.util.Optional;

/**
 * How a question left with a professional ended: the resident was helped, was referred to someone outside
 * Speelveld, did not respond, the question was not for this organisation, or the resident withdrew it.
 */
public enum QuestionOutcome {

	HELPED, REFERRED, NO_RESPONSE, NOT_FOR_US, WITHDRAWN;

	/** The value kept in the database and sent in forms: {@code no-response}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<QuestionOutcome> fromKey(String key) {
		for (QuestionOutcome outcome : values()) {
			if (outcome.key().equals(key)) {
				return Optional.of(outcome);
			}
		}
		return Optional.empty();
	}

}
