package nl.speelveld.insights.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte order mark, semicolons
 * between fields, decimal commas, CRLF line ends; text that a spreadsheet would run as a formula is defused.
 */
final class InsightsCsv {

	private static final String BOM = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private InsightsCsv() {
	}

	static byte[] of(InsightTable table) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, table.columns().stream().map(InsightsCsv::defused).toList());
		for (InsightTable.Row row : table.rows()) {
			List<String> fields = new ArrayList<>();
			fields.add(defused(row.header()));
			row.cells().forEach(cell -> fields.add(cell instanceof String text ? defused(text) : Cells.csv(cell)));
			line(csv, fields);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(InsightsCsv::field).collect(Collectors.joining(";"))).append(LINE_END);
	}

	/** OWASP's defence against CSV injection, for text such as process titles typed in by people. */
	static String defused(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/** RFC 4180 quoting. */
	static String field(String safe) {
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
