package nl.speelveld.initiatives.demo;

import java.util.regex.Pattern;

/** Area names as residents say them in a title: Overvecht for Wijk 03 Overvecht, the gemeente for Wijk 14. */
final class Names {

	private static final Pattern NUMBERING = Pattern.compile("^(?i)wijk\\s+\\d+\\s*");

	private static final Pattern ONLY_NUMBERED = Pattern.compile("(?i)(wijk\\s*)?\\d+");

	private static final Pattern SURROUNDINGS = Pattern.compile("(?i)\\s+(e\\.o\\.|en omgeving)$");

	private Names() {
	}

	static String forTitles(String name, String gemeente) {
		String plain = SURROUNDINGS.matcher(NUMBERING.matcher(name).replaceFirst("")).replaceFirst("").strip();
		return plain.isEmpty() || ONLY_NUMBERED.matcher(plain).matches() ? gemeente : plain;
	}

}
