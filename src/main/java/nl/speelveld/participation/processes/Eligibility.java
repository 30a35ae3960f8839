package nl.speelveld.participation.processes;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may take part: anyone signed in, or only residents of the process's area. Until residents are
 * verified by letter code, a resident of the area is someone signed in (so with a verified e-mail address)
 * who gives a postcode inside the area.
 */
public enum Eligibility {

	SIGNED_IN, AREA_RESIDENTS;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Eligibility> fromKey(String key) {
		for (Eligibility eligibility : values()) {
			if (eligibility.key().equals(key)) {
				return Optional.of(eligibility);
			}
		}
		return Optional.empty();
	}

}
