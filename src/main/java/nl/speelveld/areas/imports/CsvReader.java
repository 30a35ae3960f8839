package nl.speelveld.areas.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV as CBS and spreadsheet programs write it: a header row, comma or semicolon separated
 * (Dutch spreadsheets use the semicolon), quoted fields that may hold separators, quotes
 * and line breaks. A row with the wrong number of fields, the usual sign of a truncated file, is an error.
 */
final class CsvReader {

	private final String file;

	private final BufferedReader reader;

	private char separator = ',';

	private long line;

	private boolean broken;

	private CsvReader(String file, InputStream in) {
		this.file = file;
		this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
	}

	static void read(String file, InputStream in, FeatureSink sink) throws IOException {
		new CsvReader(file, in).readAll(sink);
	}

	private void readAll(FeatureSink sink) throws IOException {
		String headerLine = this.reader.readLine();
		this.line = 1;
		if (headerLine == null) {
			sink.problem(ImportProblem.error(this.file, null, null, "import.empty-file"));
			return;
		}
		headerLine = headerLine.replace("\uFEFF", "");
		this.separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
		List<String> header = split(headerLine, sink);
		if (header == null) {
			return;
		}
		header.replaceAll(name -> name.trim().toLowerCase(Locale.ROOT));
		int rows = 0;
		while (true) {
			long rowLine = this.line + 1;
			List<String> fields = nextRecord(sink);
			if (fields == null) {
				break;
			}
			if (fields.size() == 1 && fields.get(0).isBlank()) {
				continue;
			}
			rows++;
			if (fields.size() != header.size()) {
				sink.problem(ImportProblem.error(this.file, ImportProblem.Location.line(rowLine), null,
						"import.csv-field-count", fields.size(), header.size()));
				continue;
			}
			Map<String, String> properties = new HashMap<>(header.size() * 2);
			for (int i = 0; i < header.size(); i++) {
				properties.put(header.get(i), fields.get(i));
			}
			sink.feature(new RawFeature(this.file, ImportProblem.Location.line(rowLine), properties, null, null));
		}
		if (rows == 0 && !this.broken) {
			sink.problem(ImportProblem.error(this.file, null, null, "import.empty-file"));
		}
	}

	/** The next record, which may span lines when a quoted field holds a line break; null at the end. */
	private @Nullable List<String> nextRecord(FeatureSink sink) throws IOException {
		String text = this.reader.readLine();
		if (text == null) {
			return null;
		}
		this.line++;
		long start = this.line;
		var record = new StringBuilder(text);
		while (unbalancedQuotes(record)) {
			String more = this.reader.readLine();
			if (more == null) {
				sink.problem(ImportProblem.error(this.file, ImportProblem.Location.line(start), null,
						"import.csv-open-quote"));
				this.broken = true;
				return null;
			}
			this.line++;
			record.append('\n').append(more);
		}
		List<String> fields = split(record.toString(), sink);
		return fields == null ? List.of("") : fields;
	}

	private @Nullable List<String> split(String record, FeatureSink sink) {
		List<String> fields = new ArrayList<>();
		var field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < record.length(); i++) {
			char c = record.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == this.separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (quoted) {
			sink.problem(ImportProblem.error(this.file, ImportProblem.Location.line(this.line), null,
					"import.csv-open-quote"));
			this.broken = true;
			return null;
		}
		fields.add(field.toString());
		return fields;
	}

	private static boolean unbalancedQuotes(CharSequence text) {
		return count(text, '"') % 2 == 1;
	}

	private static int count(CharSequence text, char c) {
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}

}
