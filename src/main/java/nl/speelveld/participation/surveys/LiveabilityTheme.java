package nl.speelveld.participation.surveys;

import java.util.Locale;
import java.util.Optional;

/**
 * The 14 themes of the Place Standard tool, in the order of its wheel. Each has a short name and a
 * question in the message bundles ({@code survey.theme.<key>} and {@code survey.theme.<key>.question}),
 * so that residents read the question in their own language.
 */
public enum LiveabilityTheme {

	WALKING_CYCLING, PUBLIC_TRANSPORT, TRAFFIC_PARKING, STREETS_SPACES, GREEN_NATURE, PLAY_RECREATION, FACILITIES,
	WORK_ECONOMY, HOUSING, SOCIAL_CONTACT, IDENTITY_BELONGING, FEELING_SAFE, CARE_MAINTENANCE, INFLUENCE_CONTROL;

	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<LiveabilityTheme> fromKey(String key) {
		for (LiveabilityTheme theme : values()) {
			if (theme.key().equals(key)) {
				return Optional.of(theme);
			}
		}
		return Optional.empty();
	}

}
