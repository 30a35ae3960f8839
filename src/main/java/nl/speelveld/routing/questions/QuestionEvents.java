package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the events about a question carry besides their ids. */
final class QuestionEvents {

	private QuestionEvents() {
	}

	/** From the first delivery to the first response of any post; null when nobody has responded. */
	static @Nullable Duration timeToFirstResponse(@Nullable Instant firstResponse, List<Step> steps) {
		if (firstResponse == null) {
			return null;
		}
		return steps.stream()
			.filter(step -> step.kind() == StepKind.DELIVERED)
			.findFirst()
			.map(delivered -> Duration.between(delivered.at(), firstResponse))
			.orElse(null);
	}

}
