package nl.speelveld.socialmap.editing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as spreadsheets write it: UTF-8 with or without a byte order mark, fields separated by
 * semicolons (Dutch Excel) or commas, whichever the first line uses most, and fields in double quotes
 * where they hold a separator, a quote (written twice) or a line break. Every record keeps the number of
 * the line it starts on, so that problems can name it.
 */
public final class CsvTable {

	/** A record and the line of the file it starts on, counting from 1. */
	public record Row(int line, List<String> fields) {

		public boolean isBlank() {
			return this.fields.stream().allMatch(String::isBlank);
		}

	}

	/** The file cannot be read as a table at all; {@code key} says why in words for people. */
	public static final class Unreadable extends Exception {

		private final String key;

		private final int line;

		Unreadable(String key, int line) {
			super(key);
			this.key = key;
			this.line = line;
		}

		public String key() {
			return this.key;
		}

		public int line() {
			return this.line;
		}

	}

	private final char separator;

	private final List<Row> rows;

	private CsvTable(char separator, List<Row> rows) {
		this.separator = separator;
		this.rows = rows;
	}

	public char separator() {
		return this.separator;
	}

	/** Every record, the header first. */
	public List<Row> rows() {
		return this.rows;
	}

	public static CsvTable parse(byte[] bytes, int maxRows) throws Unreadable {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new Unreadable("import.file.empty", 0);
		}
		char separator = separatorOf(text);
		return new CsvTable(separator, records(text, separator, maxRows));
	}

	private static String decode(byte[] bytes) throws Unreadable {
		if (bytes.length == 0) {
			throw new Unreadable("import.file.empty", 0);
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			throw new Unreadable("import.file.spreadsheet", 0);
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new Unreadable("import.file.binary", 0);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw new Unreadable("import.file.encoding", 0);
		}
	}

	/** The separator the header line uses most: semicolon, comma or tab. */
	private static char separatorOf(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ';';
		long most = -1;
		for (char candidate : new char[] { ';', ',', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	private static List<Row> records(String text, char separator, int maxRows) throws Unreadable {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int recordLine = 1;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			}
			else if (c == '"' && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				fields.add(field.toString());
				rows.add(new Row(recordLine, List.copyOf(fields)));
				if (rows.size() > maxRows + 1) {
					throw new Unreadable("import.file.too-many-rows", line);
				}
				fields.clear();
				field.setLength(0);
				fieldStarted = false;
				line++;
				recordLine = line;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		if (quoted) {
			throw new Unreadable("import.file.open-quote", recordLine);
		}
		if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
			fields.add(field.toString());
			rows.add(new Row(recordLine, List.copyOf(fields)));
		}
		if (rows.size() > maxRows + 1) {
			throw new Unreadable("import.file.too-many-rows", line);
		}
		return rows;
	}

}
