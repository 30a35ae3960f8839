package nl.speelveld.participation.discussion;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.participation.moderation.Moderation;
import org.jspecify.annotations.Nullable;

/**
 * An argument or a comment as the viewer may see it. A hidden item has neither text nor author: only the
 * moderator's reason, shown in its place. A held item reaches only its own author, marked as waiting.
 *
 * @param inReplyTo for a reply deeper than the thread shows, the name of whom it answers
 */
public record DiscussionItem(UUID id, @Nullable String authorName, @Nullable String text, Moderation moderation,
		@Nullable String reason, Instant at, boolean mine, @Nullable String inReplyTo) {

	public boolean hidden() {
		return this.moderation == Moderation.HIDDEN;
	}

	/** Shows in public: others may reply to it. */
	public boolean visible() {
		return this.moderation == Moderation.VISIBLE;
	}

	public boolean held() {
		return this.moderation == Moderation.HELD;
	}

	/** Others may report what shows in public; nobody reports their own words. */
	public boolean reportable() {
		return this.moderation == Moderation.VISIBLE && !this.mine;
	}

	DiscussionItem replyingTo(@Nullable String name) {
		return new DiscussionItem(this.id, this.authorName, this.text, this.moderation, this.reason, this.at, this.mine, name);
	}

}
