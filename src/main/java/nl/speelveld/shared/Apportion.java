package nl.speelveld.shared;

import java.util.Arrays;

/** Splits a whole number over weights, for synthetic data spread over areas by their inhabitants. */
public final class Apportion {

	private Apportion() {
	}

	/**
	 * Splits {@code total} over the weights in proportion, rounding by largest remainder (Hamilton), so that the
	 * parts add up to the total exactly.
	 */
	public static int[] byLargestRemainder(int total, long[] weights) {
		long sum = Arrays.stream(weights).sum();
		int[] parts = new int[weights.length];
		if (sum == 0 || total == 0) {
			return parts;
		}
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double exact = total * (double) weights[i] / sum;
			parts[i] = (int) Math.floor(exact);
			remainders[i] = exact - parts[i];
			given += parts[i];
		}
		Integer[] order = new Integer[weights.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> remainders[b] != remainders[a] ? Double.compare(remainders[b], remainders[a])
				: Integer.compare(a, b));
		for (int i = 0; given < total; i++, given++) {
			parts[order[i % order.length]]++;
		}
		return parts;
	}

}
