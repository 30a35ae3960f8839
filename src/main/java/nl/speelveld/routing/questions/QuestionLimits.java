package nl.speelveld.routing.questions;

import java.time.Duration;
import java.util.Locale;

import nl.speelveld.shared.ratelimit.RateLimit;
import nl.speelveld.shared.ratelimit.RateLimiter;

/**
 * How many questions may be left: per client address, against flooding professionals' inboxes, and per
 * e-mail address, against flooding someone's mailbox with confirmation mails. Counted only for questions
 * that are stored. Keys hold a hash of the e-mail address, as counters are no place for personal data.
 */
class QuestionLimits {

	private final RateLimiter limiter;

	private final RateLimit perClient;

	private final RateLimit perEmail;

	QuestionLimits(RateLimiter limiter, RateLimit perClient, RateLimit perEmail) {
		this.limiter = limiter;
		this.perClient = perClient;
		this.perEmail = perEmail;
	}

	/** Counts a question from this client for this address; zero when it may go ahead, else how long to wait. */
	Duration hit(String client, String email) {
		String address = QuestionLinks.hash(email.toLowerCase(Locale.ROOT));
		Duration wait = exceeded(this.limiter.hit("wegwijzer-question:client:" + client, this.perClient));
		Duration mailbox = exceeded(this.limiter.hit("wegwijzer-question:email:" + address, this.perEmail));
		return wait.compareTo(mailbox) >= 0 ? wait : mailbox;
	}

	private static Duration exceeded(RateLimiter.Decision decision) {
		if (decision.allowed()) {
			return Duration.ZERO;
		}
		return decision.retryAfter().compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : decision.retryAfter();
	}

}
