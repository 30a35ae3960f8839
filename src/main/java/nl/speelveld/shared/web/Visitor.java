package nl.speelveld.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is looking at a page, as the layout needs it: signed in or not, and which way into administration to show:
 * all of it, or only the moderation of contributions (for moderators, who administer nothing else).
 */
public record Visitor(boolean signedIn, String name, boolean administers, boolean moderates) {

	static final Visitor ANONYMOUS = new Visitor(false, "", false, false);

	/** Provided by the module that knows about accounts. */
	public interface Source {

		Visitor of(HttpServletRequest request);

	}

}
