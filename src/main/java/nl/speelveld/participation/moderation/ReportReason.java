package nl.speelveld.participation.moderation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Why someone reports a contribution: the choices on the report form. */
public enum ReportReason {

	SPAM, OFFENSIVE, PERSONAL, OFF_TOPIC, OTHER;

	public static final List<ReportReason> ALL = List.of(values());

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ReportReason> fromKey(String key) {
		for (ReportReason reason : values()) {
			if (reason.key().equals(key)) {
				return Optional.of(reason);
			}
		}
		return Optional.empty();
	}

}
