package nl.speelveld.participation.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One item in the moderation queue: held for a moderator, or reported, or both; with the reasons of the
 * reports and what reporters added in their own words.
 */
public record QueueItem(ModeratedItem item, String processTitle, String proposalTitle, String areaCode, int reports,
		List<String> reasons, List<String> notes, Instant latest) {

	/** The value of its checkbox in the queue's form: {@code comment:<id>}. */
	public String ref() {
		return this.item.kind().key() + ":" + this.item.id();
	}

	public boolean held() {
		return this.item.moderation() == Moderation.HELD;
	}

	public UUID id() {
		return this.item.id();
	}

}
