package nl.speelveld.initiatives.lifecycle;

import java.time.Instant;

import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/** One step in an initiative's history: what happened, by which part (never by name), and why. */
public record HistoryLine(Instant at, String kind, InitiativeStatus to, String actor, @Nullable String text) {
}
