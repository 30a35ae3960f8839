package nl.speelveld.initiatives.listing;

import nl.speelveld.shared.Problem;

/** A list of initiatives asked for in a way it cannot be answered: an unknown status, a page out of range. */
public class ListingRefused extends Problem {

	public ListingRefused(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
