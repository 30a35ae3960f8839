package nl.speelveld.participation.meetings;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting of a process: at a public venue (name and address) or online (a link), with an optional number
 * of places, and afterwards the owner's report of what happened.
 */
public record Meeting(UUID id, UUID process, String title, String agenda, @Nullable String venueName,
		@Nullable String venueAddress, @Nullable String onlineLink, Instant startsAt, Instant endsAt,
		@Nullable Integer capacity, int registered, @Nullable String report, @Nullable Instant reportedAt) {

	public boolean online() {
		return this.onlineLink != null;
	}

	public boolean full() {
		return this.capacity != null && this.registered >= this.capacity;
	}

	public int placesLeft() {
		return this.capacity == null ? Integer.MAX_VALUE : Math.max(0, this.capacity - this.registered);
	}

	public boolean started(Instant now) {
		return !now.isBefore(this.startsAt);
	}

	public boolean ended(Instant now) {
		return !now.isBefore(this.endsAt);
	}

}
