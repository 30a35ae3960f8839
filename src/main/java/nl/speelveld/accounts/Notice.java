package nl.speelveld.accounts;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Something a person should hear about, for their next digest. The text is a message key with its
 * arguments (not a finished sentence), so that the digest is written in the language the person reads
 * when it goes out. The topic groups notices in the digest; its heading is the message
 * {@code notifications.topic.<topic>}. The link is a path inside Speelveld, such as
 * {@code /initiatieven/123}; the digest makes it absolute.
 *
 * @param topic a lower-case key such as {@code initiatives}
 * @param messageKey the message that says what happened
 * @param arguments the message's arguments, already formatted as text
 * @param link a path starting with a single slash, or null
 * @param at when it happened
 */
public record Notice(String topic, String messageKey, List<String> arguments, @Nullable String link, Instant at) {

	private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	public Notice {
		if (!TOPIC.matcher(topic).matches()) {
			throw new IllegalArgumentException("A topic is a short lower-case key: " + topic);
		}
		if (messageKey.isBlank()) {
			throw new IllegalArgumentException("A notice needs a message key");
		}
		// Only paths inside Speelveld: a digest must never carry a link to somewhere else.
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\"))) {
			throw new IllegalArgumentException("A notice links to a path inside Speelveld: " + link);
		}
		arguments = List.copyOf(arguments);
	}

	/** A notice about something that happens now. */
	public static Notice of(String topic, String messageKey, @Nullable String link, String... arguments) {
		return new Notice(topic, messageKey, List.of(arguments), link, Instant.now());
	}

}
