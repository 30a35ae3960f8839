package nl.speelveld.participation.rounds;

import java.time.Instant;
import java.util.UUID;

/** A note on how a funded project is coming along, as its owner wrote it. */
public record ProjectUpdate(UUID project, Progress progress, String text, Instant writtenAt) {
}
