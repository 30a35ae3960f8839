package nl.speelveld.accounts.signin;

import java.util.Set;

/**
 * Endpoints that take a POST only to carry a question in the body (kept out of addresses and logs) and
 * change nothing: they are no writes to throttle. The API among them also needs no CSRF token, so that
 * other software can call it.
 */
final class ReadsByPost {

	static final String ROUTING_API = "/api/v1/routing";

	/** Tallies an uploaded Pabulib file and stores nothing. */
	static final String BUDGETING_TALLY_API = "/api/v1/budgeting/tally";

	static final Set<String> PATHS = Set.of(ROUTING_API, "/wegwijzer", BUDGETING_TALLY_API);

	private ReadsByPost() {
	}

}
