package nl.speelveld.participation.surveys;

import java.util.Locale;
import java.util.Optional;

/** A score from 1 to 7 between two labels, one option, any number of options, or a short text. */
public enum QuestionKind {

	SCALE, SINGLE, MULTIPLE, OPEN;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public boolean hasOptions() {
		return this == SINGLE || this == MULTIPLE;
	}

	public static Optional<QuestionKind> fromKey(String key) {
		for (QuestionKind kind : values()) {
			if (kind.key().equals(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
