package nl.speelveld.accounts;

import java.util.Locale;

import nl.speelveld.accounts.notifications.NoticeStore;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How other modules tell a person about a change: the notice waits for the person's next digest (daily,
 * weekly, or never, as they chose on their account page) instead of becoming a mail of its own. It is
 * stored in the caller's transaction, so a change that is rolled back notifies nobody.
 */
@Component
public class Notifications {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final NoticeStore store;

	private final MessageSource messages;

	Notifications(NoticeStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	/**
	 * Keeps the notice for the recipient's next digest; one insert. Nothing is kept for people who want no
	 * digest or whose account is gone.
	 *
	 * @throws IllegalArgumentException when the message or the topic heading is not in the message bundles:
	 * found now, by the caller's tests, rather than when the digest is written
	 */
	public void notify(UserId recipient, Notice notice) {
		requireMessage(notice.messageKey());
		requireMessage(NoticeStore.topicHeading(notice.topic()));
		this.store.keep(recipient, notice);
	}

	private void requireMessage(String key) {
		if (this.messages.getMessage(key, null, null, DUTCH) == null) {
			throw new IllegalArgumentException("No message " + key + " in messages.properties");
		}
	}

}
