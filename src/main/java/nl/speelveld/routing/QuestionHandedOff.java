package nl.speelveld.routing;

import java.time.Instant;
import java.util.UUID;

/** Published when a professional handed a question on to another post, of the same role or another one. */
public record QuestionHandedOff(UUID question, UUID fromPost, String fromRole, UUID toPost, String toRole,
		Instant at) {
}
