package nl.speelveld.routing.knowledge;

import java.util.List;

/**
 * A term found in a question: which words of the question it was found in (as written) and how sure the
 * match is (1 for the word itself or a form of it, less for a typo or a part of a compound).
 */
public record Hit(Term term, double quality, List<String> written) {

	public Hit {
		written = List.copyOf(written);
	}

	public double strength() {
		return this.term.weight() * this.quality;
	}

}
