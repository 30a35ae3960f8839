package nl.speelveld.shared.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Stamps for tests from the application's own guard: a form that was shown a while ago passes, as it does
 * for a person who took the time to write. The guard itself has no switch to turn it off.
 */
@Component
public class FormGuardFixture {

	private final FormGuard guard;

	FormGuardFixture(FormGuard guard) {
		this.guard = guard;
	}

	/** A valid stamp of a form shown {@code ago}. */
	public String stampFrom(Duration ago) {
		return this.guard.stampOf(Instant.now().minus(ago));
	}

	/** The two fields of a form shown ten seconds ago, with the honeypot left empty; fields the test set itself stay. */
	public RequestPostProcessor passes() {
		return request -> {
			if (request.getParameter(FormGuard.HONEYPOT) == null) {
				request.setParameter(FormGuard.HONEYPOT, "");
			}
			if (request.getParameter(FormGuard.STAMP) == null) {
				request.setParameter(FormGuard.STAMP, stampFrom(Duration.ofSeconds(10)));
			}
			return request;
		};
	}

}
