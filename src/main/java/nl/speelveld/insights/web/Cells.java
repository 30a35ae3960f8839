package nl.speelveld.insights.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How a table cell reads: on a page and in a PDF in the reader's language, in a CSV as Dutch Excel reads it. */
public final class Cells {

	/** What an absent figure shows: a dash, never a zero. */
	public static final String NONE = "–";

	private Cells() {
	}

	public static String text(@Nullable Object cell, Locale locale) {
		if (cell == null) {
			return NONE;
		}
		if (cell instanceof InsightTable.Figure figure) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(figure.decimals());
			format.setMaximumFractionDigits(figure.decimals());
			// 5,25 shows as 5,3, as people round, not as 5,2 (the bankers' rounding NumberFormat uses by default)
			format.setRoundingMode(java.math.RoundingMode.HALF_UP);
			return format.format(figure.value());
		}
		if (cell instanceof Number number) {
			return NumberFormat.getIntegerInstance(locale).format(number.longValue());
		}
		return cell.toString();
	}

	/** Without thousands separators, with a decimal comma: Dutch Excel reads 12,5 as a number and 12.5 as text. */
	public static String csv(@Nullable Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof InsightTable.Figure figure) {
			return String.format(Locale.ROOT, "%." + figure.decimals() + "f", figure.value()).replace('.', ',');
		}
		if (cell instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		return cell.toString();
	}

	public static boolean numeric(@Nullable Object cell) {
		return cell == null || cell instanceof Number || cell instanceof InsightTable.Figure;
	}

}
