package nl.speelveld.participation.surveys;

/**
 * What the scores of one scale question say: how many answered, the mean, the median, the spread, and the
 * margin of error of the mean at 95 % (1.96 times the standard deviation over the root of n). Computed from
 * the counts per score, so that the whole distribution comes from one small query.
 *
 * @param counts the number of answers per score, {@code counts[0]} for a 1 up to {@code counts[6]} for a 7
 */
public record ScaleFigures(int n, double mean, double median, double standardDeviation, double marginOfError,
		int[] counts) {

	/** Below this many answers no figures are shown: a few answers say little and could point at people. */
	public static final int MINIMUM = 5;

	public static ScaleFigures of(int[] counts) {
		if (counts.length != Question.HIGHEST) {
			throw new IllegalArgumentException("One count per score from 1 to 7");
		}
		int n = 0;
		double sum = 0;
		for (int i = 0; i < counts.length; i++) {
			n += counts[i];
			sum += counts[i] * (i + 1.0);
		}
		if (n == 0) {
			return new ScaleFigures(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, counts.clone());
		}
		double mean = sum / n;
		double squares = 0;
		for (int i = 0; i < counts.length; i++) {
			squares += counts[i] * Math.pow(i + 1.0 - mean, 2);
		}
		double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
		double median = (scoreAt(counts, (n - 1) / 2) + scoreAt(counts, n / 2)) / 2.0;
		return new ScaleFigures(n, mean, median, sd, 1.96 * sd / Math.sqrt(n), counts.clone());
	}

	/** Enough answers to show figures. */
	public boolean shown() {
		return this.n >= MINIMUM;
	}

	/** The share of answers with this score (1 to 7), from 0 to 1. */
	public double share(int score) {
		return this.n == 0 ? 0 : (double) this.counts[score - 1] / this.n;
	}

	public int count(int score) {
		return this.counts[score - 1];
	}

	/** The score at this place (from 0) when all scores are put in order. */
	private static int scoreAt(int[] counts, int index) {
		int seen = 0;
		for (int i = 0; i < counts.length; i++) {
			seen += counts[i];
			if (index < seen) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("No score at " + index);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ScaleFigures that && this.n == that.n && java.util.Arrays.equals(this.counts, that.counts);
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(this.counts);
	}

	@Override
	public String toString() {
		return "ScaleFigures[n=" + this.n + ", mean=" + this.mean + ", median=" + this.median + ", counts="
				+ java.util.Arrays.toString(this.counts) + "]";
	}

}
