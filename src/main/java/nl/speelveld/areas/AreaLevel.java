package nl.speelveld.areas;

import java.util.Locale;
import java.util.Optional;

/**
 * The CBS hierarchy gemeente → wijk → buurt, plus the village (kern): it lies in a gemeente but may cut
 * across wijk and buurt borders, so it stands beside the wijk rather than above or below it.
 */
public enum AreaLevel {

	GEMEENTE("GM"), WIJK("WK"), BUURT("BU"), KERN("KR");

	private final String codePrefix;

	AreaLevel(String codePrefix) {
		this.codePrefix = codePrefix;
	}

	/** The name used in URLs, JSON and the database: {@code gemeente}, {@code wijk}, ... */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String codePrefix() {
		return this.codePrefix;
	}

	public static Optional<AreaLevel> fromKey(String key) {
		for (AreaLevel level : values()) {
			if (level.key().equalsIgnoreCase(key.trim())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
