package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Which areas cover which points: (point, area code) pairs, as our lookups or a PostGIS join found them.
 * Adding a pair is cheap (two arrays), so that building one does not weigh on what a benchmark measures;
 * the set to compare is made only when asked for.
 */
final class Coverage {

	/** One area that covers one point. */
	record Pair(int point, String code) {
	}

	/** Looks up the areas at one point, like {@link Areas#covering}. */
	interface Lookup {

		List<AreaSummary> covering(double lat, double lon);

	}

	private int[] points = new int[1024];

	private String[] codes = new String[1024];

	private int size;

	private @Nullable Set<Pair> pairs;

	/** Every point looked up once. */
	static Coverage of(Points points, Lookup lookup) {
		var coverage = new Coverage();
		for (int point = 0; point < points.size(); point++) {
			for (AreaSummary area : lookup.covering(points.lat(point), points.lon(point))) {
				coverage.add(point, area.code().value());
			}
		}
		return coverage;
	}

	void add(int point, String code) {
		if (this.size == this.points.length) {
			this.points = Arrays.copyOf(this.points, this.size * 2);
			this.codes = Arrays.copyOf(this.codes, this.size * 2);
		}
		this.points[this.size] = point;
		this.codes[this.size] = code;
		this.size++;
		this.pairs = null;
	}

	int size() {
		return this.size;
	}

	Set<Pair> pairs() {
		if (this.pairs == null) {
			Set<Pair> all = new HashSet<>(this.size * 2);
			for (int i = 0; i < this.size; i++) {
				all.add(new Pair(this.points[i], this.codes[i]));
			}
			this.pairs = all;
		}
		return this.pairs;
	}

	boolean agreesWith(Coverage other) {
		return pairs().equals(other.pairs());
	}

	/** The first points on which the two disagree, with the codes each side found there. */
	String differences(String name, Coverage other, String otherName, Points sample, int limit) {
		Map<Integer, Set<String>> ours = byPoint(pairs());
		Map<Integer, Set<String>> theirs = byPoint(other.pairs());
		Set<Integer> differing = new TreeSet<>();
		for (Pair pair : pairs()) {
			if (!other.pairs().contains(pair)) {
				differing.add(pair.point());
			}
		}
		for (Pair pair : other.pairs()) {
			if (!pairs().contains(pair)) {
				differing.add(pair.point());
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%,d of %,d points differ (%s %,d pairs, %s %,d pairs); the first %d:", differing.size(),
				sample.size(), name, pairs().size(), otherName, other.pairs().size(), Math.min(limit, differing.size())));
		differing.stream().limit(limit).forEach(point -> lines.add(String.format(
				"  point %d at lat %s, lon %s: %s %s, %s %s", point, sample.lat(point), sample.lon(point), name,
				ours.getOrDefault(point, Set.of()), otherName, theirs.getOrDefault(point, Set.of()))));
		return String.join("\n", lines);
	}

	private static Map<Integer, Set<String>> byPoint(Set<Pair> pairs) {
		Map<Integer, Set<String>> codes = new TreeMap<>();
		pairs.forEach(pair -> codes.computeIfAbsent(pair.point(), point -> new TreeSet<>()).add(pair.code()));
		return codes;
	}

}
