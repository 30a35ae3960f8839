package nl.speelveld.participation.processes;

import java.util.Locale;
import java.util.Optional;

/** Which contributions a moderator sees before the public does: none, those of newcomers, or all. */
public enum Premoderation {

	NONE, NEWCOMERS, ALL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Premoderation> fromKey(String key) {
		for (Premoderation rule : values()) {
			if (rule.key().equals(key)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

}
