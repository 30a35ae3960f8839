package nl.speelveld.participation.challenges;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.UserId;

import org.springframework.stereotype.Component;

/**
 * Tells the requester of every change of status, in their digest (topic participation): also of their own
 * submission and withdrawal, as a receipt. Runs in the step's transaction: a step that fails tells nobody.
 */
@Component
class ChallengeNotices {

	static final String TOPIC = "participation";

	private final Notifications notifications;

	ChallengeNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	void moved(Challenge challenge) {
		if (challenge.requesterId() == null) {
			return;
		}
		this.notifications.notify(new UserId(challenge.requesterId()), Notice.of(TOPIC,
				"notifications.challenge." + challenge.status().key(), "/uitdaagrecht/" + challenge.id(), challenge.task()));
	}

}
