package nl.speelveld.participation.moderation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A proposal, argument or comment as moderation sees it: where it belongs, who wrote it, its text and how
 * it stands. For a proposal, {@code proposal} is its own id.
 */
public record ModeratedItem(ContentKind kind, UUID id, UUID process, UUID proposal, @Nullable UUID authorId, String authorName,
		String text, Moderation moderation, @Nullable String reason, Instant createdAt) {

	/** Where the item shows on the proposal's page. */
	public String anchor() {
		return switch (this.kind) {
			case PROPOSAL -> "";
			case ARGUMENT -> "#argument-" + this.id;
			case COMMENT -> "#reactie-" + this.id;
		};
	}

	/** The proposal's page, at the item. */
	public String link() {
		return "/participatie/" + this.process + "/voorstellen/" + this.proposal + anchor();
	}

}
