package nl.speelveld.routing.questions;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.routing.QuestionOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One step in a question's history, taken by {@code post} (for a delivery: the post it reached). The text is
 * the answer, the hand-off note or the closing note; null when there was none or it has been deleted.
 */
public record Step(Instant at, StepKind kind, UUID post, String roleCode, @Nullable UUID toPost,
		@Nullable String toRoleCode, @Nullable QuestionOutcome outcome, @Nullable String text) {
}
