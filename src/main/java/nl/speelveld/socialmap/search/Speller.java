package nl.speelveld.socialmap.search;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides what to search for each typed word. A word that occurs as typed stays; a long one also finds the
 * longer words it starts. One that only starts longer words (opbouw) is searched as a start. One that occurs nowhere is replaced by the known word that
 * looks most like it (opbouwerker: opbouwwerker), if one is close enough: trigrams find the candidates, the
 * number of typing mistakes between them picks one, so that a swapped pair of letters (wijkagnet) counts as
 * one mistake.
 */
@Component
class Speller {

	/**
	 * A word this long also finds the words it starts, even when it occurs as typed: Dutch glues words
	 * together, and jongerenwerk should find the jongerenwerker, vrijwilliger the vrijwilligerscentrale.
	 * Shorter words (wijk, buurt) would find half the map that way.
	 */
	static final int LONG_WORD = 8;

	private final Vocabulary vocabulary;

	Speller(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/** What to search: the text with replaced words, the lexemes to match as starts, and whether any changed. */
	record Spelled(String text, Set<String> prefixes, boolean corrected) {
	}

	Spelled spell(QueryText query) {
		Map<String, String> replacements = new LinkedHashMap<>();
		Set<String> prefixes = new LinkedHashSet<>();
		for (Vocabulary.Check check : this.vocabulary.check(query.checkableWords()).values()) {
			if (check.lexeme() == null) {
				continue;
			}
			if (check.known()) {
				if (check.word().length() >= LONG_WORD) {
					prefixes.add(check.lexeme());
				}
			}
			else if (check.knownAsStart()) {
				prefixes.add(check.lexeme());
			}
			else {
				closest(check.word(), check.lookalikes()).ifPresent(word -> replacements.put(check.word(), word));
			}
		}
		if (replacements.isEmpty()) {
			return new Spelled(query.text(), prefixes, false);
		}
		return new Spelled(query.replacing(replacements), prefixes, true);
	}

	static Optional<String> closest(String typed, List<String> lookalikes) {
		String plain = plain(typed);
		int allowed = plain.length() <= 5 ? 1 : plain.length() <= 10 ? 2 : 3;
		return lookalikes.stream()
			.filter(candidate -> mistakes(plain, plain(candidate)) <= allowed)
			// stable: among equally close words, the order of trigram similarity holds
			.min(Comparator.comparingInt(candidate -> mistakes(plain, plain(candidate))));
	}

	/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
	static int mistakes(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static String plain(@Nullable String word) {
		String lower = word == null ? "" : word.toLowerCase(Locale.ROOT);
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
