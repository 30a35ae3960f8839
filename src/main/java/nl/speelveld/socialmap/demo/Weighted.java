package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A choice among items with weights; items with weight zero are never chosen. */
final class Weighted<T> {

	private final List<T> items = new ArrayList<>();

	private double[] cumulative = new double[0];

	static <T> Weighted<T> of(Map<T, Double> weights, List<T> order) {
		var weighted = new Weighted<T>();
		for (T item : order) {
			double weight = weights.getOrDefault(item, 0.0);
			if (weight > 0) {
				weighted.add(item, weight);
			}
		}
		return weighted;
	}

	void add(T item, double weight) {
		this.items.add(item);
		double before = this.cumulative.length == 0 ? 0 : this.cumulative[this.cumulative.length - 1];
		this.cumulative = Arrays.copyOf(this.cumulative, this.cumulative.length + 1);
		this.cumulative[this.cumulative.length - 1] = before + weight;
	}

	boolean isEmpty() {
		return this.items.isEmpty();
	}

	T pick(Draw draw) {
		double point = draw.uniform() * this.cumulative[this.cumulative.length - 1];
		int at = Arrays.binarySearch(this.cumulative, point);
		int index = at >= 0 ? at + 1 : -at - 1;
		return this.items.get(Math.min(index, this.items.size() - 1));
	}

}
