package nl.speelveld.participation.moderation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One moderation action for the trail: who acted when, on what, and why. */
public record TrailLine(Instant at, String moderator, String action, ContentKind kind, UUID content, UUID process,
		String processTitle, @Nullable UUID proposal, @Nullable String reason) {

	/** The proposal's page at the item. */
	public String link() {
		String anchor = switch (this.kind) {
			case PROPOSAL -> "";
			case ARGUMENT -> "#argument-" + this.content;
			case COMMENT -> "#reactie-" + this.content;
		};
		return "/participatie/" + this.process + "/voorstellen/" + this.proposal + anchor;
	}

}
