package nl.speelveld.participation.moderation;

import java.util.Locale;
import java.util.Optional;

/**
 * What a moderator does with items in the queue: let a held item show, hide an item with a reason shown
 * in its place, or dismiss the reports on an item that may stay.
 */
public enum ModerationAction {

	APPROVE("approved"), HIDE("hidden"), DISMISS("dismissed");

	private final String done;

	ModerationAction(String done) {
		this.done = done;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** How the trail names it once done: {@code approved}, {@code hidden}, {@code dismissed}. */
	public String done() {
		return this.done;
	}

	public static Optional<ModerationAction> fromKey(String key) {
		for (ModerationAction action : values()) {
			if (action.key().equals(key)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

}
