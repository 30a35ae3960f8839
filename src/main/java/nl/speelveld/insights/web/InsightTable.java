package nl.speelveld.insights.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One table of the insights, the same on the page, in the PDF and in its CSV: an id (also the CSV's name), a
 * caption, column headers (the first heads the row headers) and rows. A cell is text, a whole number, a
 * {@link Figure} with decimals, or absent (no figure).
 */
public record InsightTable(String id, String caption, List<String> columns, List<Row> rows) {

	public record Row(String header, List<@Nullable Object> cells) {
	}

	/** A number shown with a fixed number of decimals. */
	public record Figure(double value, int decimals) {
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
