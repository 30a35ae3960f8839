package nl.speelveld.shared.pdf;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Column widths and alignment for a PDF table, apart from the drawing so that it can be reasoned about alone. */
final class TableLayout {

	private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9.,]+ ?(%|‰)?|[-+]?[0-9.,]+ ?[-–] ?[0-9.,]+|-|–");
	private static final float PADDING = 8f;

	private TableLayout() {
	}

	/**
	 * Widths in proportion to each column's longest text, but never narrower than its longest word, and scaled
	 * down to the available width when they do not fit.
	 *
	 * @param width measures a text; its boolean says whether the text is in the header font
	 */
	static float[] widths(List<String> headers, List<List<String>> rows, BiFunction<String, Boolean, Float> width, float available) {
		int columns = headers.size();
		float[] natural = new float[columns];
		float[] minimum = new float[columns];
		for (int c = 0; c < columns; c++) {
			natural[c] = width.apply(headers.get(c), true) + PADDING;
			minimum[c] = longestWord(headers.get(c), true, width) + PADDING;
			for (List<String> row : rows) {
				natural[c] = Math.max(natural[c], width.apply(row.get(c), false) + PADDING);
				minimum[c] = Math.max(minimum[c], longestWord(row.get(c), false, width) + PADDING);
			}
		}
		float total = 0;
		for (float n : natural) {
			total += n;
		}
		if (total <= available) {
			// spread the room that is left over the columns, so that the table spans the page
			float extra = (available - total) / columns;
			for (int c = 0; c < columns; c++) {
				natural[c] += extra;
			}
			return natural;
		}
		float minimumTotal = 0;
		for (float m : minimum) {
			minimumTotal += Math.min(m, available / columns * 2);
		}
		float[] result = new float[columns];
		float flexible = Math.max(0, available - minimumTotal);
		float overflow = total - minimumTotal;
		for (int c = 0; c < columns; c++) {
			float floor = Math.min(minimum[c], available / columns * 2);
			result[c] = floor + (overflow <= 0 ? 0 : (natural[c] - floor) / overflow * flexible);
		}
		float sum = 0;
		for (float r : result) {
			sum += r;
		}
		if (sum > available) {
			for (int c = 0; c < columns; c++) {
				result[c] = result[c] * available / sum;
			}
		}
		return result;
	}

	/** A column is numeric when all its non-empty cells are numbers, percentages or ranges. */
	static boolean[] numericColumns(List<List<String>> rows, int columns) {
		boolean[] numeric = new boolean[columns];
		for (int c = 0; c < columns; c++) {
			boolean any = false;
			boolean all = true;
			for (List<String> row : rows) {
				String cell = row.get(c).trim();
				if (cell.isEmpty()) {
					continue;
				}
				any = true;
				all &= NUMBER.matcher(cell).matches();
			}
			numeric[c] = any && all;
		}
		return numeric;
	}

	private static float longestWord(String text, boolean header, BiFunction<String, Boolean, Float> width) {
		float longest = 0;
		for (String word : text.split("\\s+")) {
			longest = Math.max(longest, width.apply(word, header));
		}
		return longest;
	}
}
