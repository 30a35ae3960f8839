package nl.speelveld.areas;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How area and place names are compared when people search: without case, accents or punctuation. */
public final class AreaNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private AreaNames() {
	}

	/** {@code 's-Hertogenbosch} → {@code s hertogenbosch}; {@code Súdwest-Fryslân} → {@code sudwest fryslan}. */
	public static String searchKey(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

}
