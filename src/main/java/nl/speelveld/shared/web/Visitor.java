package nl.speelveld.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** Who is looking at a page, as the layout needs it: signed in or not, and whether to show administration. */
public record Visitor(boolean signedIn, String name, boolean administers) {

	static final Visitor ANONYMOUS = new Visitor(false, "", false);

	/** Provided by the module that knows about accounts. */
	public interface Source {

		Visitor of(HttpServletRequest request);

	}

}
