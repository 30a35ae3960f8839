package nl.speelveld.shared.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Makes text showable in a standard (WinAnsi) font: spaces of other kinds become plain spaces, tabs and carriage
 * returns too, and characters the font cannot encode (Arabic, Chinese, emoji...) are left out, so that one name in
 * another script never fails a whole report.
 */
final class WinAnsiText {

	private final PDType1Font font;
	private final Map<Integer, Boolean> known = new HashMap<>();

	WinAnsiText(PDType1Font font) {
		this.font = font;
	}

	String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (c == '\n') {
				out.append('\n');
			} else if (c == '\r') {
				// dropped: a line break is the newline that follows it
			} else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				out.append(' ');
			} else if (Character.isISOControl(c)) {
				// dropped: control characters have no glyph
			} else if (encodable(c)) {
				out.appendCodePoint(c);
			}
		});
		return out.toString();
	}

	private boolean encodable(int codePoint) {
		return known.computeIfAbsent(codePoint, c -> {
			try {
				return font.encode(new String(Character.toChars(c))).length > 0;
			} catch (IllegalArgumentException | IOException e) {
				return false;
			}
		});
	}
}
