package nl.speelveld.accounts.notifications;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** How often a person wants the digest of their notices: daily (the default), weekly on Monday, or never. */
public enum DigestCadence {

	DAILY, WEEKLY, NONE;

	/** The day a weekly digest goes out: the start of the working week. */
	static final DayOfWeek WEEKLY_ON = DayOfWeek.MONDAY;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether a digest with this cadence goes out on {@code day}. */
	boolean isDue(LocalDate day) {
		return this == DAILY || (this == WEEKLY && day.getDayOfWeek() == WEEKLY_ON);
	}

	public static Optional<DigestCadence> fromKey(String key) {
		for (DigestCadence cadence : values()) {
			if (cadence.key().equals(key)) {
				return Optional.of(cadence);
			}
		}
		return Optional.empty();
	}

}
