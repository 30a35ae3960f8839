package nl.speelveld.socialmap.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a visitor typed, read the way PostgreSQL's {@code websearch_to_tsquery} reads it: words, phrases
 * in double quotes, {@code or} between alternatives, and a minus before a word to leave it out. This class
 * only needs the words: which to check for typos, and whether any is wanted rather than left out.
 */
final class QueryText {

	static final int MAX_LENGTH = 200;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final String text;

	private final List<Word> words;

	private record Word(String text, boolean excluded, boolean operator) {
	}

	private QueryText(String text, List<Word> words) {
		this.text = text;
		this.words = words;
	}

	static QueryText of(String typed) {
		// One form for letters with accents, whichever way the keyboard composed them
		String text = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String word = matcher.group();
			boolean quoted = insideQuotes(text, matcher.start());
			boolean operator = !quoted && "or".equalsIgnoreCase(word);
			words.add(new Word(word, !quoted && excluded(text, matcher.start()), operator));
		}
		return new QueryText(text, words);
	}

	String text() {
		return this.text;
	}

	/** Whether at least one word is asked for; a search for only left-out words would list everything. */
	boolean wantsSomething() {
		return this.words.stream().anyMatch(word -> !word.operator() && !word.excluded());
	}

	/** The distinct words, lower case, that may be checked against the index: no operators, no numbers. */
	Set<String> checkableWords() {
		Set<String> checkable = new LinkedHashSet<>();
		for (Word word : this.words) {
			if (!word.operator() && word.text().codePoints().noneMatch(Character::isDigit)) {
				checkable.add(word.text().toLowerCase(Locale.ROOT));
			}
		}
		return checkable;
	}

	/** The same text with whole words replaced, in any letter case; quotes, minus signs and {@code or} stay. */
	String replacing(Map<String, String> replacements) {
		StringBuilder result = new StringBuilder();
		Matcher matcher = WORD.matcher(this.text);
		int last = 0;
		while (matcher.find()) {
			String replacement = replacements.get(matcher.group().toLowerCase(Locale.ROOT));
			result.append(this.text, last, matcher.start()).append(replacement != null ? replacement : matcher.group());
			last = matcher.end();
		}
		return result.append(this.text.substring(last)).toString();
	}

	private static boolean insideQuotes(String text, int position) {
		return text.substring(0, position).chars().filter(c -> c == '"').count() % 2 == 1;
	}

	/** A minus that starts a word (after a space or at the start) leaves the word out. */
	private static boolean excluded(String text, int position) {
		return position > 0 && text.charAt(position - 1) == '-'
				&& (position == 1 || Character.isWhitespace(text.charAt(position - 2)));
	}

}
