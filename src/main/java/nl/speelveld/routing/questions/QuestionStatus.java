package nl.speelveld.routing.questions;

import java.util.Locale;
import java.util.Set;

/**
 * Where a question stands. Unverified until the resident confirms it from the mail; delivered to a post
 * until that post responds; accepted or answered while the post works on it; closed at the end. A hand-off
 * delivers it again, to another post.
 */
public enum QuestionStatus {

	UNVERIFIED, DELIVERED, ACCEPTED, ANSWERED, CLOSED;

	/** The statuses in which the post that holds the question can still act on it. */
	static final Set<QuestionStatus> OPEN = Set.of(DELIVERED, ACCEPTED, ANSWERED);

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static QuestionStatus fromKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
