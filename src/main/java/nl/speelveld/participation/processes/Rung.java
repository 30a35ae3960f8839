package nl.speelveld.participation.processes;

import java.util.Locale;
import java.util.Optional;

/**
 * The rungs of the Dutch participation ladder, from being told to running it yourself. Every process
 * states its rung, so that residents know beforehand how much their input weighs.
 */
public enum Rung {

	INFORMEREN, RAADPLEGEN, ADVISEREN, COPRODUCEREN, MEEBESLISSEN, ZELFBEHEER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** One to six, for the ladder drawn on the process page. */
	public int height() {
		return ordinal() + 1;
	}

	public static Optional<Rung> fromKey(String key) {
		for (Rung rung : values()) {
			if (rung.key().equals(key)) {
				return Optional.of(rung);
			}
		}
		return Optional.empty();
	}

}
