package nl.speelveld.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV the way Dutch Excel opens it with a double click: UTF-8 with a byte order mark (else Excel reads the ë and
 * € as two odd characters each), semicolons between fields (Dutch Excel uses the comma for decimals, so a
 * comma-separated file lands in one column), CRLF line ends. A field is quoted when it holds a separator, quote
 * or line break (RFC 4180). Text that a spreadsheet would run as a formula is defused with a leading apostrophe,
 * as names and titles are typed in by people (OWASP CSV injection); a number, negative ones too, stays a number.
 */
public final class SpreadsheetCsv {

	private static final String LINE_END = "\r\n";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(,\\d+)?");

	private final StringBuilder csv = new StringBuilder("\uFEFF");

	/** Adds a line of these fields; numbers come written as Dutch Excel reads them, with a decimal comma. */
	public SpreadsheetCsv line(List<String> fields) {
		this.csv.append(fields.stream().map(SpreadsheetCsv::field).collect(Collectors.joining(";"))).append(LINE_END);
		return this;
	}

	/** An empty line, between two blocks of one file. */
	public SpreadsheetCsv emptyLine() {
		this.csv.append(LINE_END);
		return this;
	}

	public byte[] bytes() {
		return this.csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String field(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches()
				? "'" + value : value;
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
