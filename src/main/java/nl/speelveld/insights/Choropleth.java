package nl.speelveld.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.speelveld.areas.AreaSummary;

import org.jspecify.annotations.Nullable;

/**
 * One measure over the parts of an area, with the values put into at most five classes of about equal size
 * (quantiles), lowest first. Equal values always share a class. A part without a value has no class.
 */
public record Choropleth(AreaSummary area, Measure measure, List<Part> parts, List<ColourClass> classes) {

	static final int MAX_CLASSES = 5;

	/** A part of the area with its value and its class number (1 is the lowest), both absent without a value. */
	public record Part(AreaSummary area, @Nullable Double value, @Nullable Integer colourClass) {
	}

	/** Class {@code number} holds the values from {@code from} to {@code to}, both included. */
	public record ColourClass(int number, double from, double to, int parts) {
	}

	static Choropleth of(AreaSummary area, Measure measure, Map<AreaSummary, @Nullable Double> values) {
		List<Double> sorted = values.values().stream().filter(v -> v != null).map(v -> (double) v).sorted().toList();
		int distinct = new TreeSet<>(sorted).size();
		int count = Math.min(MAX_CLASSES, distinct);
		// a value's class follows the rank of its first occurrence, so ties land together
		List<double[]> ranges = new ArrayList<>();
		List<Integer> sizes = new ArrayList<>();
		int[] rawClassOf = new int[sorted.size()];
		for (int i = 0; i < sorted.size(); i++) {
			int first = sorted.indexOf(sorted.get(i));
			rawClassOf[i] = first * count / sorted.size();
		}
		// renumber the classes that occur, 1 up
		List<Integer> used = new ArrayList<>();
		for (int raw : rawClassOf) {
			if (!used.contains(raw)) {
				used.add(raw);
				ranges.add(new double[] { Double.MAX_VALUE, -Double.MAX_VALUE });
				sizes.add(0);
			}
		}
		for (int i = 0; i < sorted.size(); i++) {
			int index = used.indexOf(rawClassOf[i]);
			double[] range = ranges.get(index);
			range[0] = Math.min(range[0], sorted.get(i));
			range[1] = Math.max(range[1], sorted.get(i));
			sizes.set(index, sizes.get(index) + 1);
		}
		List<ColourClass> classes = new ArrayList<>();
		for (int i = 0; i < ranges.size(); i++) {
			classes.add(new ColourClass(i + 1, ranges.get(i)[0], ranges.get(i)[1], sizes.get(i)));
		}
		List<Part> parts = new ArrayList<>();
		values.forEach((part, value) -> parts.add(new Part(part, value, value == null ? null : classOf(classes, value))));
		return new Choropleth(area, measure, parts, classes);
	}

	private static @Nullable Integer classOf(List<ColourClass> classes, double value) {
		for (ColourClass colourClass : classes) {
			if (value >= colourClass.from() && value <= colourClass.to()) {
				return colourClass.number();
			}
		}
		return null;
	}

}
