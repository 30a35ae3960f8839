package nl.speelveld.routing.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns text into words the wegwijzer can match: letters without accents (ideeën is ideeen), lower case,
 * function words left out, and each word stemmed the Dutch and the English way (moestuinen is moestuin).
 * The same analysis is applied to the knowledge and to the question, so the two always meet.
 */
public final class TextAnalysis {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	// Function words in Dutch and English. Negations (niet, geen, not, no) are kept: niet veilig is a signal.
	private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of("de", "het", "een", "en", "van", "in", "op", "is", "te",
			"dat", "die", "dit", "deze", "er", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "ons", "onze",
			"mijn", "me", "mij", "hem", "haar", "hun", "met", "voor", "aan", "bij", "om", "als", "maar", "ook", "wel",
			"nog", "dan", "naar", "uit", "of", "zijn", "ben", "bent", "was", "waren", "heb", "hebt", "heeft", "hebben",
			"had", "wordt", "worden", "werd", "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "zou", "zouden",
			"moet", "moeten", "mag", "wie", "wat", "waar", "hoe", "wanneer", "waarom", "welke", "zo", "al", "veel",
			"heel", "erg", "elke", "iedere", "iets", "alle", "men", "nu", "toch", "even", "daar", "hier", "zich", "s",
			"t", "n", "doen", "doet", "gaat", "gaan", "komt", "komen", "weet", "weten", "graag", "ergens", "iemand",
			"the", "a", "an", "and", "of", "to", "on", "are", "i", "my", "our", "us", "it", "its", "for", "with", "at",
			"there", "who", "what", "where", "how", "when", "why", "which", "can", "could", "do", "does", "did", "be",
			"been", "have", "has", "had", "this", "that", "these", "those", "from", "by", "as", "or", "but", "so",
			"some", "someone", "anyone", "me", "we", "you", "they", "them", "he", "she", "his", "her", "their", "would",
			"should", "will", "am", "was", "were", "about", "into", "up", "out", "if", "very", "any", "all"));

	/** Stemming is the costly part of reading a question, and residents use the same words again and again. */
	private static final Map<String, Stems> STEMS = new ConcurrentHashMap<>();

	private static final int STEMS_KEPT = 100_000;

	private record Stems(List<String> dutch, List<String> english) {
	}

	private TextAnalysis() {
	}

	private static Stems stems(String normal) {
		return new Stems(dutchStems(normal), List.of(english(normal)));
	}

	/** The words of a text, in order, without function words. */
	public static List<Word> words(String text) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			String written = matcher.group();
			String normal = normal(written);
			if (FUNCTION_WORDS.contains(normal)) {
				continue;
			}
			Stems stems = STEMS.computeIfAbsent(normal, TextAnalysis::stems);
			if (STEMS.size() > STEMS_KEPT) {
				STEMS.clear();
			}
			words.add(new Word(written, normal, stems.dutch(), stems.english()));
		}
		return words;
	}

	static String normal(String word) {
		return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	static String dutch(String word) {
		return stem(new DutchStemmer(), word);
	}

	static String english(String word) {
		return stem(new EnglishStemmer(), word);
	}

	// A Dutch past participle (gedeald, gemeld, gestolen) also stands for its verb: the stemmer keeps the ge-.
	private static List<String> dutchStems(String word) {
		String stem = dutch(word);
		if (word.length() < 6 || !word.startsWith("ge")) {
			return List.of(stem);
		}
		List<String> stems = new ArrayList<>(List.of(stem, dutch(word.substring(2))));
		if (word.endsWith("d") || word.endsWith("t")) {
			stems.add(dutch(word.substring(2, word.length() - 1)));
		}
		return stems.stream().distinct().toList();
	}

	// Snowball stemmers keep state, so each call gets its own (they are cheap to make).
	private static String stem(SnowballStemmer stemmer, String word) {
		stemmer.setCurrent(word);
		stemmer.stem();
		return stemmer.getCurrent();
	}

}
