package nl.speelveld.routing;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Published when a resident's question reached a post; carries no text, only what insights count. */
public record QuestionRouted(UUID question, String roleCode, AreaCode area, UUID post, Instant at) {
}
