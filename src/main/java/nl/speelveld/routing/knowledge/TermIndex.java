package nl.speelveld.routing.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of the knowledge, stemmed and indexed by their first word, so that a question is read in one
 * pass. A word matches a term by its stem, by a Dutch participle, as the head or the start of a compound
 * (drugsoverlast holds overlast) or with a typo (opbouwerker); each way counts less sure than the last.
 */
final class TermIndex {

	static final double PARTICIPLE = 0.9;

	static final double COMPOUND_HEAD = 0.85;

	static final double COMPOUND_START = 0.6;

	static final double TYPO = 0.75;

	// Largest gap of other words allowed between the words of a phrase (kan het niet meer betalen).
	private static final int PHRASE_GAP = 1;

	// Parts of a compound shorter than this say too little on their own (kook in buurtkookclub is fine, in is not).
	private static final int SHORTEST_PART = 4;

	private static final Set<String> NEGATIONS = Set.of("niet", "geen", "not", "no");

	// Marks a word of an exact term in the index: it is looked up as written, not by its stem.
	private static final String EXACT = "=";

	private record Entry(Term term, List<String> stems) {
	}

	private record RoleName(String roleCode, List<String> normals) {
	}

	private final Map<String, List<Entry>> byFirstStem = new HashMap<>();

	// Single-word stems per language and length, for typos.
	private final Map<String, Map<Integer, List<String>>> stemsByLength = new HashMap<>();

	private final List<RoleName> roleNames = new ArrayList<>();

	/** What a word not found as such turned out to be (parts, typos): the same words come back in many questions. */
	private final Map<String, List<Found>> unusualWords = new ConcurrentHashMap<>();

	private static final int UNUSUAL_WORDS_KEPT = 50_000;

	private final Map<String, List<RoleName>> nameStarts = new ConcurrentHashMap<>();

	private record Found(Term term, double quality) {
	}

	TermIndex(List<Term> terms, Map<String, List<String>> roleNames) {
		for (Term term : terms) {
			List<String> stems = TextAnalysis.words(term.term())
				.stream()
				.map(word -> term.exact() ? EXACT + word.normal() : word.stems(term.lang()).get(0))
				.toList();
			if (stems.isEmpty() || NEGATIONS.containsAll(stems)) {
				continue;
			}
			this.byFirstStem.computeIfAbsent(key(term.lang(), stems.get(0)), key -> new ArrayList<>())
				.add(new Entry(term, stems));
			if (stems.size() == 1 && !term.exact()) {
				this.stemsByLength.computeIfAbsent(term.lang(), lang -> new HashMap<>())
					.computeIfAbsent(stems.get(0).length(), length -> new ArrayList<>())
					.add(stems.get(0));
			}
		}
		roleNames.forEach((role, names) -> names.forEach(name -> {
			List<String> normals = TextAnalysis.words(name).stream().map(Word::normal).toList();
			if (!normals.isEmpty()) {
				this.roleNames.add(new RoleName(role, normals));
			}
		}));
	}

	Recognition recognise(String question) {
		List<Word> words = TextAnalysis.words(question);
		Map<Long, Hit> hits = new LinkedHashMap<>();
		for (int at = 0; at < words.size(); at++) {
			boolean found = false;
			for (String lang : List.of("nl", "en")) {
				found |= phrasesAt(words, at, lang, hits);
			}
			if (!found) {
				Word word = words.get(at);
				unusual(word).forEach(hit -> keep(hits, new Hit(hit.term(), hit.quality(), List.of(word.written()))));
			}
		}
		return new Recognition(words, List.copyOf(hits.values()), mentions(words));
	}

	private boolean phrasesAt(List<Word> words, int at, String lang, Map<Long, Hit> hits) {
		boolean found = false;
		List<String> firstStems = new ArrayList<>(words.get(at).stems(lang));
		firstStems.add(EXACT + words.get(at).normal());
		for (int variant = 0; variant < firstStems.size(); variant++) {
			double quality = variant == 0 || variant == firstStems.size() - 1 ? 1.0 : PARTICIPLE;
			for (Entry entry : this.byFirstStem.getOrDefault(key(lang, firstStems.get(variant)), List.of())) {
				List<String> written = rest(words, at, entry.stems(), lang);
				if (written != null) {
					keep(hits, new Hit(entry.term(), quality, written));
					found = true;
				}
			}
		}
		return found;
	}

	// The words of the question that complete a phrase starting at {@code at}, or null when it does not.
	private static List<String> rest(List<Word> words, int at, List<String> stems, String lang) {
		List<String> written = new ArrayList<>(List.of(words.get(at).written()));
		int position = at;
		for (String stem : stems.subList(1, stems.size())) {
			int next = -1;
			for (int look = position + 1; look <= position + 1 + PHRASE_GAP && look < words.size(); look++) {
				Word word = words.get(look);
				if (word.stems(lang).contains(stem) || stem.equals(EXACT + word.normal())) {
					next = look;
					break;
				}
			}
			if (next < 0) {
				return null;
			}
			written.add(words.get(next).written());
			position = next;
		}
		return written;
	}

	private List<Found> unusual(Word word) {
		List<Found> found = this.unusualWords.get(word.normal());
		if (found == null) {
			Map<Long, Hit> hits = new LinkedHashMap<>();
			if (!compoundAt(word, hits)) {
				typoAt(word, hits);
			}
			found = hits.values().stream().map(hit -> new Found(hit.term(), hit.quality())).toList();
			if (this.unusualWords.size() >= UNUSUAL_WORDS_KEPT) {
				this.unusualWords.clear();
			}
			this.unusualWords.put(word.normal(), found);
		}
		return found;
	}

	// Dutch glues words together: the last part carries the meaning (drugsoverlast is overlast), the first
	// part hints at it (drugsoverlast is also about drugs). Only Dutch terms, only single words.
	private boolean compoundAt(Word word, Map<Long, Hit> hits) {
		String normal = word.normal();
		boolean found = false;
		for (int cut = SHORTEST_PART - 1; cut <= normal.length() - SHORTEST_PART; cut++) {
			String head = normal.substring(cut);
			found |= single(TextAnalysis.dutch(head), word, COMPOUND_HEAD, hits);
			String start = normal.substring(0, cut);
			if (start.length() >= SHORTEST_PART) {
				// a linking s (dorpSbelang) belongs to neither part
				String bare = start.endsWith("s") ? start.substring(0, start.length() - 1) : start;
				found |= single(TextAnalysis.dutch(start), word, COMPOUND_START, hits);
				found |= bare.length() >= SHORTEST_PART && single(TextAnalysis.dutch(bare), word, COMPOUND_START, hits);
			}
		}
		return found;
	}

	private void typoAt(Word word, Map<Long, Hit> hits) {
		for (String lang : List.of("nl", "en")) {
			String stem = word.stems(lang).get(0);
			int allowed = stem.length() >= 10 ? 2 : stem.length() >= 6 ? 1 : 0;
			if (allowed == 0) {
				continue;
			}
			Map<Integer, List<String>> byLength = this.stemsByLength.getOrDefault(lang, Map.of());
			for (int length = stem.length() - allowed; length <= stem.length() + allowed; length++) {
				for (String known : byLength.getOrDefault(length, List.of())) {
					if (known.length() >= 5 && Typos.within(stem, known, allowed)) {
						for (Entry entry : this.byFirstStem.getOrDefault(key(lang, known), List.of())) {
							if (entry.stems().size() == 1) {
								keep(hits, new Hit(entry.term(), TYPO, List.of(word.written())));
							}
						}
					}
				}
			}
		}
	}

	private boolean single(String stem, Word word, double quality, Map<Long, Hit> hits) {
		boolean found = false;
		for (Entry entry : this.byFirstStem.getOrDefault(key("nl", stem), List.of())) {
			if (entry.stems().size() == 1) {
				keep(hits, new Hit(entry.term(), quality, List.of(word.written())));
				found = true;
			}
		}
		return found;
	}

	private List<Mention> mentions(List<Word> words) {
		List<Mention> mentions = new ArrayList<>();
		for (int at = 0; at < words.size(); at++) {
			for (RoleName name : namesStartingWith(words.get(at).normal())) {
				if (at + name.normals().size() <= words.size() && restOfName(words, at, name)) {
					mentions.add(new Mention(name.roleCode(), words.get(at).written()));
				}
			}
		}
		return mentions;
	}

	// The role names whose first word this word may be: the same, with an ending (wijkagenten), or a typo.
	private List<RoleName> namesStartingWith(String normal) {
		return this.nameStarts.computeIfAbsent(normal, word -> {
			if (this.nameStarts.size() >= UNUSUAL_WORDS_KEPT) {
				this.nameStarts.clear();
			}
			return this.roleNames.stream().filter(name -> sameNameWord(word, name.normals().get(0))).toList();
		});
	}

	private static boolean restOfName(List<Word> words, int at, RoleName name) {
		for (int part = 1; part < name.normals().size(); part++) {
			if (!sameNameWord(words.get(at + part).normal(), name.normals().get(part))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameNameWord(String normal, String wanted) {
		return normal.equals(wanted) || (normal.startsWith(wanted) && normal.length() - wanted.length() <= 2)
				|| (wanted.length() >= 8 && Typos.within(normal, wanted, 1));
	}

	// Each term counts once per question, with its surest match.
	private static void keep(Map<Long, Hit> hits, Hit hit) {
		hits.merge(hit.term().id(), hit, (old, candidate) -> candidate.quality() > old.quality() ? candidate : old);
	}

	private static String key(String lang, String stem) {
		return lang + ':' + stem;
	}

}
