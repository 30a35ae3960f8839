package nl.speelveld.insights.web;

import java.util.ArrayList;
import java.util.List;

import nl.speelveld.shared.SpreadsheetCsv;

/**
 * A table as CSV the way Dutch Excel opens it with a double click ({@link SpreadsheetCsv}), with decimal
 * commas.
 */
final class InsightsCsv {

	private InsightsCsv() {
	}

	static byte[] of(InsightTable table) {
		var csv = new SpreadsheetCsv().line(table.columns());
		for (InsightTable.Row row : table.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(row.header());
			row.cells().forEach(cell -> fields.add(cell instanceof String text ? text : Cells.csv(cell)));
			csv.line(fields);
		}
		return csv.bytes();
	}

}
