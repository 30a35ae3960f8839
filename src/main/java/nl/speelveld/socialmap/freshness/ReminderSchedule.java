package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import nl.speelveld.socialmap.Freshness;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * When owners hear about an entry: a first reminder once it is due, a second one halfway through the
 * grace period, and nothing after that: a stale entry is then up to the coordinators. An entry found
 * late (imported data, a pause of the job) gets its second reminder half a grace period after its first,
 * never on the next day.
 */
@Component
public class ReminderSchedule {

	private final Freshness freshness;

	ReminderSchedule(Freshness freshness) {
		this.freshness = freshness;
	}

	public LocalDate dueOn(LocalDate confirmed) {
		return this.freshness.dueOn(confirmed);
	}

	/** The latest last-confirmed date of an entry that is due on {@code today}. */
	public LocalDate dueIfConfirmedBy(LocalDate today) {
		return today.minus(this.freshness.confirmAfter());
	}

	public boolean isDue(LocalDate confirmed, LocalDate today) {
		return !dueOn(confirmed).isAfter(today);
	}

	/** The first day on which public pages mark the entry as not confirmed. */
	public LocalDate staleFrom(LocalDate confirmed) {
		return dueOn(confirmed).plus(this.freshness.grace()).plusDays(1);
	}

	public boolean isStale(LocalDate confirmed, LocalDate today) {
		return this.freshness.isStale(confirmed, today);
	}

	/** The day of the second reminder about an entry last confirmed on {@code confirmed}, first reminded on {@code firstOn}. */
	public LocalDate secondReminderOn(LocalDate confirmed, LocalDate firstOn) {
		LocalDate due = dueOn(confirmed);
		long halfGrace = ChronoUnit.DAYS.between(due, due.plus(this.freshness.grace())) / 2;
		LocalDate from = firstOn.isAfter(due) ? firstOn : due;
		return from.plusDays(Math.max(1, halfGrace));
	}

	/** Which reminder an entry needs today, if any. */
	public Optional<Round> roundDue(LocalDate confirmed, Entry.Reminded reminded, LocalDate today) {
		if (!isDue(confirmed, today)) {
			return Optional.empty();
		}
		@Nullable LocalDate firstOn = reminded.firstOn();
		if (firstOn == null) {
			return Optional.of(Round.FIRST);
		}
		if (!reminded.second() && !secondReminderOn(confirmed, firstOn).isAfter(today)) {
			return Optional.of(Round.SECOND);
		}
		return Optional.empty();
	}

	/**
	 * The last day a reminder's link works: two weeks after the latest of its entries turns stale, and at
	 * least two weeks after it was sent, so that an entry found stale already can still be confirmed.
	 */
	public LocalDate linkValidUntil(LocalDate latestConfirmed, LocalDate today) {
		LocalDate stale = staleFrom(latestConfirmed);
		return (stale.isAfter(today) ? stale : today).plusDays(14);
	}

}
