package nl.speelveld.participation.proposals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.speelveld.participation.moderation.Moderation;
import org.jspecify.annotations.Nullable;

/**
 * A resident's proposal in a process, with where it is (when the author gave a place), how many support
 * it, where it stands with the moderators, and the owner's answer once given.
 */
public record Proposal(UUID id, UUID process, @Nullable UUID authorId, String authorName, String title, String body,
		@Nullable String areaCode, @Nullable Double lat, @Nullable Double lon, int supporters, Moderation moderation,
		@Nullable String moderationReason, @Nullable Outcome outcome, @Nullable String outcomeReason,
		@Nullable String councilDecision, @Nullable Instant answeredAt, Instant createdAt, List<Image> images) {

	/** A photo's number (1 to 3) and its description. */
	public record Image(int position, String alt) {
	}

	public Proposal {
		images = List.copyOf(images);
	}

	public boolean hasPlace() {
		return this.lat != null && this.lon != null;
	}

	public boolean isAnswered() {
		return this.outcome != null;
	}

	public boolean isBy(@Nullable UUID account) {
		return account != null && account.equals(this.authorId);
	}

	public String url() {
		return "/participatie/" + this.process + "/voorstellen/" + this.id;
	}

}
