package nl.speelveld.routing.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The example questions as sets of stems, weighted by how rare each stem is among them (idf), so that a
 * question sharing rare words with an example (dealen, portiek) counts more than one sharing common ones.
 */
final class ExampleIndex {

	private record Vector(Example example, Map<String, Double> weights, double norm) {
	}

	private final List<Vector> vectors;

	/** Per stem, the examples that have it: a question is compared only with examples it shares a stem with. */
	private final Map<String, List<Vector>> withStem = new HashMap<>();

	private final Map<String, Double> idf = new HashMap<>();

	ExampleIndex(List<Example> examples) {
		Map<Example, Set<String>> stems = new HashMap<>();
		Map<String, Integer> documents = new HashMap<>();
		for (Example example : examples) {
			Set<String> set = stemsOf(TextAnalysis.words(example.question()), example.lang());
			stems.put(example, set);
			set.forEach(stem -> documents.merge(stem, 1, Integer::sum));
		}
		documents.forEach((stem, count) -> this.idf.put(stem, Math.log(1.0 + examples.size() / (double) count)));
		this.vectors = examples.stream().map(example -> vector(example, stems.get(example))).toList();
		this.vectors.forEach(vector -> vector.weights().keySet()
			.forEach(stem -> this.withStem.computeIfAbsent(stem, key -> new ArrayList<>()).add(vector)));
	}

	/** The example of each role most like the question, with its cosine similarity (0..1). */
	Map<String, SimilarExample> closest(List<Word> words) {
		Map<String, Double> question = new HashMap<>();
		// A word no example has counts as the rarest of all: it makes the question less like every example.
		double unseen = Math.log(1.0 + Math.max(1, this.vectors.size()));
		for (Word word : words) {
			boolean seen = false;
			for (String lang : List.of("nl", "en")) {
				String key = lang + ':' + word.stems(lang).get(0);
				Double weight = this.idf.get(key);
				if (weight != null) {
					question.put(key, weight);
					seen = true;
				}
			}
			if (!seen) {
				question.put("?:" + word.normal(), unseen);
			}
		}
		double norm = Math.sqrt(question.values().stream().mapToDouble(w -> w * w).sum());
		Map<String, SimilarExample> closest = new HashMap<>();
		if (norm == 0) {
			return closest;
		}
		Map<Vector, Double> dots = new IdentityHashMap<>();
		question.forEach((stem, weight) -> this.withStem.getOrDefault(stem, List.of())
			.forEach(vector -> dots.merge(vector, weight * vector.weights().get(stem), Double::sum)));
		dots.forEach((vector, dot) -> closest.merge(vector.example().roleCode(),
				new SimilarExample(vector.example(), dot / (norm * vector.norm())),
				(old, candidate) -> candidate.similarity() > old.similarity() ? candidate : old));
		return closest;
	}

	private Vector vector(Example example, Set<String> stems) {
		Map<String, Double> weights = new HashMap<>();
		stems.forEach(stem -> weights.put(stem, this.idf.get(stem)));
		double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
		return new Vector(example, weights, norm == 0 ? 1 : norm);
	}

	private static Set<String> stemsOf(List<Word> words, String lang) {
		Set<String> stems = new HashSet<>();
		words.forEach(word -> stems.add(lang + ':' + word.stems(lang).get(0)));
		return stems;
	}

}
