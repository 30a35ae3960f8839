package nl.speelveld.socialmap.search;

import nl.speelveld.shared.Problem;

/** A search that cannot be run as asked: no words, too many, an unknown role, kind or area. */
public class SearchRefused extends Problem {

	public SearchRefused(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
