package nl.speelveld.routing.knowledge;

import java.util.List;

/**
 * A word of a question as the wegwijzer reads it: as written (for the reasons it gives), normalised, and the
 * Dutch and English stems it may stand for (several for a Dutch participle: gedeald is also deal).
 */
public record Word(String written, String normal, List<String> dutch, List<String> english) {

	public Word {
		dutch = List.copyOf(dutch);
		english = List.copyOf(english);
	}

	List<String> stems(String lang) {
		return "en".equals(lang) ? this.english : this.dutch;
	}

}
