package nl.speelveld.routing.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.routing.QuestionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * A question a resident left with a post. {@code text} and {@code email} are null once deleted (after the
 * retention period, or at once when the resident withdrew it). {@code post} and {@code roleCode} are those
 * of the post that holds the question now; {@code deliveredAt}, {@code dueOn} and {@code respondedAt}
 * concern that post too, as a hand-off starts the clock again.
 */
public record Question(UUID id, QuestionStatus status, @Nullable String text, @Nullable String email, Locale locale,
		AreaCode area, UUID post, String roleCode, Instant createdAt, @Nullable Instant deliveredAt,
		@Nullable LocalDate dueOn, @Nullable Instant respondedAt, @Nullable Instant firstResponseAt,
		@Nullable Instant closedAt, @Nullable QuestionOutcome outcome, @Nullable Instant erasedAt) {

	public boolean isOpen() {
		return this.status.isOpen();
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	/** Waiting for the first response of the post that holds it. */
	public boolean awaitsResponse() {
		return this.status == QuestionStatus.DELIVERED;
	}

	/** The post that holds it has not responded and its due date has passed. */
	public boolean isOverdue(LocalDate today) {
		return awaitsResponse() && this.dueOn != null && this.dueOn.isBefore(today);
	}

	/** The first line of the text, shortened, for a list; empty once the text is deleted. */
	public String excerpt(int length) {
		if (this.text == null) {
			return "";
		}
		String flat = this.text.strip().replaceAll("\\s+", " ");
		return flat.length() <= length ? flat : flat.substring(0, length - 1).strip() + "…";
	}

}
