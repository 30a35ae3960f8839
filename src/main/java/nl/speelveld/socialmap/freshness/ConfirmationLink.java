package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.util.List;

/**
 * What a confirmation link stands for: its state and, while it works, the entries it confirms, each
 * with whether someone confirmed it since the reminder went out (then it needs nothing more).
 */
public record ConfirmationLink(State state, LocalDate validUntil, List<Item> items) {

	public enum State {

		OPEN, USED, EXPIRED, UNKNOWN;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	public record Item(Entry entry, boolean confirmedSince) {

		/** The value of the item's checkbox: kind and id. */
		public String value() {
			return this.entry.kind().key() + ":" + this.entry.id();
		}

	}

	static ConfirmationLink notOpen(State state) {
		return new ConfirmationLink(state, LocalDate.MIN, List.of());
	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

	/** Whether anything is left to confirm. */
	public boolean hasOpenItems() {
		return this.items.stream().anyMatch(item -> !item.confirmedSince());
	}

}
