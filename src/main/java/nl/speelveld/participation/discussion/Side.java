package nl.speelveld.participation.discussion;

import java.util.Locale;
import java.util.Optional;

/** The side an argument takes: for the proposal or against it. */
public enum Side {

	FOR, AGAINST;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Side> fromKey(String key) {
		for (Side side : values()) {
			if (side.key().equals(key)) {
				return Optional.of(side);
			}
		}
		return Optional.empty();
	}

}
