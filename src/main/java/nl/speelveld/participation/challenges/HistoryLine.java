package nl.speelveld.participation.challenges;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step in a request's history: when, what ({@code submit} or a {@link Step} key), to which status, and by which part. */
public record HistoryLine(Instant at, String kind, ChallengeStatus to, Actor actor, @Nullable String text) {
}
