package nl.speelveld.socialmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When social-map entries count as stale. Owners are asked to confirm an entry {@code confirmAfter} its last
 * confirmation; one not confirmed within {@code grace} after that is marked on public pages as not
 * confirmed, because an outdated entry sends residents to someone who left.
 */
@ConfigurationProperties("speelveld.social-map")
public record Freshness(@DefaultValue("P6M") Period confirmAfter, @DefaultValue("P1M") Period grace) {

	/** The day from which an owner is asked to confirm an entry last confirmed on {@code confirmed}. */
	public LocalDate dueOn(LocalDate confirmed) {
		return confirmed.plus(this.confirmAfter);
	}

	public boolean isStale(LocalDate confirmed, LocalDate today) {
		return confirmed.plus(this.confirmAfter).plus(this.grace).isBefore(today);
	}

	public boolean isStale(LocalDate confirmed) {
		return isStale(confirmed, LocalDate.now(Clock.systemDefaultZone()));
	}

}
