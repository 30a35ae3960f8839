package nl.speelveld.roles;

import java.util.Locale;
import java.util.Optional;

/**
 * The two goals of community building: G1 liveability and social cohesion, G2 democracy through public
 * participation (residents' voice and influence).
 */
public enum Goal {

	G1, G2;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Goal> fromCode(String code) {
		for (Goal goal : values()) {
			if (goal.name().equalsIgnoreCase(code)) {
				return Optional.of(goal);
			}
		}
		return Optional.empty();
	}

}
