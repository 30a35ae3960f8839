package nl.speelveld.participation.challenges;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Cleaning and reading what people type into the forms of the uitdaagrecht. */
final class Texts {

	/** Whole euros, with or without thousands dots and a euro sign: 12500, 12.500, € 12.500. */
	private static final Pattern EUROS = Pattern.compile("\\d{1,3}(\\.\\d{3}){1,2}|\\d{1,9}");

	private Texts() {
	}

	/** Trimmed, without control characters other than line breaks: they only hide text or break pages. */
	static String clean(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replace("\r", "").strip();
	}

	/** The whole euros in the text, or -1 when it is no such amount (cents, letters, negative). */
	static long euros(String text) {
		String value = text.replace("€", "").replace(" ", "").strip();
		if (value.endsWith(",-")) {
			value = value.substring(0, value.length() - 2);
		}
		return EUROS.matcher(value).matches() ? Long.parseLong(value.replace(".", "")) : -1;
	}

}
