package nl.speelveld.socialmap.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Deterministic chance for the generators: a seeded {@link Random} and name-based UUIDs, so that every run
 * with the same seed and the same areas produces the same rows with the same ids.
 */
final class Draw {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern OTHERS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGES = Pattern.compile("^-|-$");

	private final Random random;

	private final String namespace;

	private final LocalDate today;

	Draw(String namespace, long seed, LocalDate today) {
		this.random = new Random(seed);
		this.namespace = namespace;
		this.today = today;
	}

	/** A version 3 UUID of the namespace and the row's key: the same key always gives the same id. */
	UUID id(String kind, String key) {
		return UUID.nameUUIDFromBytes((this.namespace + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8));
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	double uniform() {
		return this.random.nextDouble();
	}

	/** At least {@code min} of the items (all when there are fewer), keeping their order. */
	<T> List<T> someOf(List<T> items, int min) {
		if (items.size() <= min) {
			return List.copyOf(items);
		}
		int count = between(min, items.size());
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			chosen.add(i);
		}
		java.util.Collections.shuffle(chosen, this.random);
		var kept = chosen.subList(0, count).stream().sorted().toList();
		return kept.stream().map(items::get).toList();
	}

	<T> void shuffle(List<T> items) {
		java.util.Collections.shuffle(items, this.random);
	}

	/**
	 * When an entry was last confirmed: mostly within the past eight months, about one in ten longer ago (up to a
	 * year), so that stale entries show up as they do in every real social map.
	 */
	LocalDate lastConfirmed() {
		if (chance(0.1)) {
			return this.today.minusDays(between(250, 365));
		}
		return this.today.minusDays(between(0, 235));
	}

	LocalDate today() {
		return this.today;
	}

	/** Lower case, ASCII letters and digits joined by hyphens: for made-up addresses and domains. */
	static String slug(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		String lower = plain.toLowerCase(Locale.ROOT).replace("(demo)", "").replace("(synthetisch)", "");
		return EDGES.matcher(OTHERS.matcher(lower).replaceAll("-")).replaceAll("");
	}

}
