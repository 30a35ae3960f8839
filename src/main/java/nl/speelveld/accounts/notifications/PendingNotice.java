package nl.speelveld.accounts.notifications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A stored notice as the digest reads it. */
record PendingNotice(String topic, String messageKey, List<String> arguments, @Nullable String link, Instant at) {
}
