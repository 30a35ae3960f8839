package nl.speelveld.areas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The formats an import understands, told apart by content rather than file name (CBS downloads are often
 * renamed). Formats people commonly try instead get a message that says what to do.
 */
enum SourceFormat {

	GEOJSON, CSV;

	/** Thrown when the content is not a format we read, with the message key that says why. */
	static final class Unknown extends Exception {

		private final String messageKey;

		Unknown(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	/** Looks at the first bytes of a stream that supports mark/reset, leaving it unread. */
	static SourceFormat detect(InputStream in) throws IOException, Unknown {
		in.mark(4096);
		byte[] head = in.readNBytes(4096);
		in.reset();
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
		if (text.isEmpty()) {
			throw new Unknown("import.empty-file");
		}
		if (text.startsWith("{")) {
			return GEOJSON;
		}
		if (text.startsWith("SQLite format 3")) {
			throw new Unknown("import.format-geopackage");
		}
		if (text.startsWith("PK")) {
			throw new Unknown("import.format-zip");
		}
		if (text.startsWith("[") || text.startsWith("<")) {
			throw new Unknown("import.format-unknown");
		}
		String firstLine = text.lines().findFirst().orElse("");
		boolean printable = firstLine.chars().allMatch(c -> c >= 0x20 || c == '\t');
		if (printable && (firstLine.contains(",") || firstLine.contains(";"))) {
			return CSV;
		}
		throw new Unknown("import.format-unknown");
	}

}
