package nl.speelveld.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Published when a question was closed, by a professional or by the resident withdrawing it.
 * {@code timeToFirstResponse} runs from the first delivery to the first response of any post; null when
 * nobody had responded.
 */
public record QuestionClosed(UUID question, QuestionOutcome outcome, Instant at, @Nullable Duration timeToFirstResponse) {
}
