package nl.speelveld.participation.challenges;

import java.util.Locale;
import java.util.Optional;

/** The kind of municipal task a group wants to take over, for the register's filter and the yearly report. */
public enum TaskDomain {

	GREEN, BUILDING, TRANSPORT, CARE, SPORT, YOUTH, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TaskDomain> fromKey(String key) {
		for (TaskDomain domain : values()) {
			if (domain.key().equals(key)) {
				return Optional.of(domain);
			}
		}
		return Optional.empty();
	}

}
