package nl.speelveld.socialmap.editing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads contact channels as people type them: e-mail address, phone number, website and postcode, each
 * with a complaint naming the value when it is not one. Also the checks every typed value gets.
 */
public final class ContactFields {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,38}");

	private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

	private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s?([A-Za-z]{2})");

	private ContactFields() {
	}

	public static @Nullable String email(@Nullable String value, String field, Problems problems) {
		String text = blankToNull(value);
		if (text != null && (text.length() > 320 || !EMAIL.matcher(text).matches() || hasControlCharacters(text))) {
			problems.add(field, "edit.email.invalid", shorten(text));
		}
		return text;
	}

	public static @Nullable String phone(@Nullable String value, String field, Problems problems) {
		String text = blankToNull(value);
		if (text != null && (!PHONE.matcher(text).matches() || text.replaceAll("\\D", "").length() < 6)) {
			problems.add(field, "edit.phone.invalid", shorten(text));
		}
		return text;
	}

	/** A Dutch postcode, written as 3511 AB whatever way it was typed. */
	public static @Nullable String postcode(@Nullable String value, String field, Problems problems) {
		String text = blankToNull(value);
		if (text == null) {
			return null;
		}
		Matcher postcode = POSTCODE.matcher(text);
		if (!postcode.matches()) {
			problems.add(field, "edit.postcode.invalid", shorten(text));
			return text;
		}
		return postcode.group(1) + " " + postcode.group(2).toUpperCase(Locale.ROOT);
	}

	/** Only http and https: a stored {@code javascript:} address must never reach a page as a link. */
	public static @Nullable String website(@Nullable String value, String field, Problems problems) {
		String text = blankToNull(value);
		if (text != null && (text.length() > 500 || !WEB.matcher(text).matches() || hasControlCharacters(text))) {
			problems.add(field, "edit.website.invalid", shorten(text));
		}
		return text;
	}

	/** Characters such as NUL that no text field needs and that the database refuses; tabs and line breaks are fine. */
	static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A value as a message repeats it: long values are cut, so that a message stays readable. */
	static String shorten(String text) {
		return text.length() <= 60 ? text : text.substring(0, 57) + "...";
	}

}
