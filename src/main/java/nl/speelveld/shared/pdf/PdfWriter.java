package nl.speelveld.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a simple A4 report: a title, headings, wrapped paragraphs and tables that continue on the next page with
 * their header repeated, and a footer with the page number on every page. Text goes through {@link WinAnsiText}
 * first, so characters the standard fonts cannot show are left out instead of failing the whole report.
 *
 * <p>Not thread-safe: one writer per report. Call {@link #toBytes()} once, at the end.
 */
public final class PdfWriter {

	static final float MARGIN = 56f;
	static final float FOOTER_SIZE = 8.5f;
	private static final float TITLE_SIZE = 20f;
	private static final float HEADING_SIZE = 13.5f;
	private static final float TEXT_SIZE = 10.5f;
	private static final float SMALL_SIZE = 8.5f;
	private static final float TABLE_SIZE = 9.5f;
	private static final float LEADING = 1.35f;
	private static final float CELL_PADDING = 4f;

	private final PDDocument document = new PDDocument();
	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final WinAnsiText text = new WinAnsiText(regular);
	private final PDRectangle size = PDRectangle.A4;
	private final String title;
	private final BiFunction<Integer, Integer, String> footer;
	private PDPageContentStream stream;
	private float y;
	private boolean written;

	/**
	 * @param title the report's title, shown on top of the first page, in the footer and in the document
	 *        properties
	 * @param language the document's language, for screen readers (for example {@code nl-NL})
	 * @param footer the footer text for page n of m, for example {@code (n, m) -> "Pagina " + n + " van " + m}
	 */
	public PdfWriter(String title, Locale language, BiFunction<Integer, Integer, String> footer) {
		this.title = text.clean(title);
		this.footer = footer;
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(this.title);
		information.setCreator("Speelveld");
		information.setCreationDate(Calendar.getInstance());
		document.getDocumentCatalog().setLanguage(language.toLanguageTag());
		newPage();
		write(this.title, bold, TITLE_SIZE, 0f);
		y -= TITLE_SIZE * 0.4f;
	}

	/** A heading for a section; it moves to the next page when fewer than a few lines would follow it. */
	public PdfWriter heading(String heading) {
		y -= HEADING_SIZE * 0.6f;
		ensure(HEADING_SIZE * LEADING + TEXT_SIZE * LEADING * 3);
		write(heading, bold, HEADING_SIZE, 0f);
		y -= HEADING_SIZE * 0.2f;
		return this;
	}

	/** A paragraph, wrapped to the page width; line breaks in it start new lines. */
	public PdfWriter paragraph(String paragraph) {
		write(paragraph, regular, TEXT_SIZE, 0f);
		y -= TEXT_SIZE * 0.5f;
		return this;
	}

	/** A small print note, such as a source line under a table. */
	public PdfWriter note(String note) {
		write(note, regular, SMALL_SIZE, 0f);
		y -= SMALL_SIZE * 0.5f;
		return this;
	}

	/**
	 * A table with a header row. Columns whose cells all look like numbers are aligned right. Column widths follow
	 * the longest words and texts, within the page width; long cells wrap.
	 */
	public PdfWriter table(List<String> headers, List<List<String>> rows) {
		int columns = headers.size();
		if (columns == 0) {
			return this;
		}
		List<String> head = headers.stream().map(text::clean).toList();
		List<List<String>> body = rows.stream()
				.map(row -> { List<String> cells = new ArrayList<>(); for (int c = 0; c < columns; c++) { cells.add(c < row.size() ? text.clean(row.get(c)) : ""); } return cells; })
				.toList();
		float[] widths = TableLayout.widths(head, body, (s, f) -> width(s, f ? bold : regular, TABLE_SIZE), usable());
		boolean[] right = TableLayout.numericColumns(body, columns);
		drawRow(head, widths, right, true);
		for (List<String> row : body) {
			float height = rowHeight(row, widths, false);
			if (y - height < bottom()) {
				newPage();
				drawRow(head, widths, right, true);
			}
			drawRow(row, widths, right, false);
		}
		y -= TEXT_SIZE * 0.8f;
		return this;
	}

	/** The finished document. */
	public byte[] toBytes() {
		if (written) {
			throw new IllegalStateException("toBytes() was called before");
		}
		written = true;
		try (document) {
			stream.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				PDPage page = document.getPage(i);
				try (PDPageContentStream footerStream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
					footerStream.setStrokingColor(0.6f, 0.6f, 0.6f);
					footerStream.moveTo(MARGIN, MARGIN - 14);
					footerStream.lineTo(size.getWidth() - MARGIN, MARGIN - 14);
					footerStream.stroke();
					show(footerStream, fit(title, regular, FOOTER_SIZE, usable() * 0.65f), regular, FOOTER_SIZE, MARGIN, MARGIN - 26);
					String number = text.clean(footer.apply(i + 1, pages));
					show(footerStream, number, regular, FOOTER_SIZE, size.getWidth() - MARGIN - width(number, regular, FOOTER_SIZE), MARGIN - 26);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void drawRow(List<String> cells, float[] widths, boolean[] right, boolean header) {
		PDType1Font font = header ? bold : regular;
		float height = rowHeight(cells, widths, header);
		float line = TABLE_SIZE * LEADING;
		try {
			if (header) {
				stream.setNonStrokingColor(0.9f, 0.92f, 0.95f);
				stream.addRect(MARGIN, y - height, sum(widths), height);
				stream.fill();
				stream.setNonStrokingColor(0f, 0f, 0f);
			}
			float x = MARGIN;
			for (int c = 0; c < cells.size(); c++) {
				List<String> lines = wrap(cells.get(c), font, TABLE_SIZE, widths[c] - 2 * CELL_PADDING);
				float lineY = y - CELL_PADDING - TABLE_SIZE;
				for (String l : lines) {
					float lineX = right[c] ? x + widths[c] - CELL_PADDING - width(l, font, TABLE_SIZE) : x + CELL_PADDING;
					show(stream, l, font, TABLE_SIZE, lineX, lineY);
					lineY -= line;
				}
				x += widths[c];
			}
			stream.setStrokingColor(0.75f, 0.75f, 0.75f);
			stream.setLineWidth(0.5f);
			stream.moveTo(MARGIN, y - height);
			stream.lineTo(MARGIN + sum(widths), y - height);
			stream.stroke();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		y -= height;
	}

	private float rowHeight(List<String> cells, float[] widths, boolean header) {
		int lines = 1;
		for (int c = 0; c < cells.size(); c++) {
			lines = Math.max(lines, wrap(cells.get(c), header ? bold : regular, TABLE_SIZE, widths[c] - 2 * CELL_PADDING).size());
		}
		return lines * TABLE_SIZE * LEADING + 2 * CELL_PADDING - (TABLE_SIZE * (LEADING - 1));
	}

	private void write(String paragraph, PDType1Font font, float fontSize, float indent) {
		float line = fontSize * LEADING;
		for (String l : wrap(text.clean(paragraph), font, fontSize, usable() - indent)) {
			ensure(line);
			show(stream, l, font, fontSize, MARGIN + indent, y - fontSize);
			y -= line;
		}
	}

	private void show(PDPageContentStream target, String line, PDType1Font font, float fontSize, float x, float baseline) {
		try {
			target.beginText();
			target.setFont(font, fontSize);
			target.newLineAtOffset(x, baseline);
			target.showText(line);
			target.endText();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Greedy word wrap; a word longer than the line is broken by characters. Blank input gives one empty line. */
	List<String> wrap(String paragraph, PDType1Font font, float fontSize, float maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String part : paragraph.split("\n", -1)) {
			StringBuilder current = new StringBuilder();
			for (String word : part.trim().split(" +")) {
				if (word.isEmpty()) {
					continue;
				}
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (width(candidate, font, fontSize) <= maxWidth) {
					current.setLength(0);
					current.append(candidate);
					continue;
				}
				if (!current.isEmpty()) {
					lines.add(current.toString());
					current.setLength(0);
				}
				String rest = word;
				while (width(rest, font, fontSize) > maxWidth && rest.length() > 1) {
					int cut = rest.length() - 1;
					while (cut > 1 && width(rest.substring(0, cut), font, fontSize) > maxWidth) {
						cut--;
					}
					lines.add(rest.substring(0, cut));
					rest = rest.substring(cut);
				}
				current.append(rest);
			}
			lines.add(current.toString());
		}
		return lines;
	}

	private String fit(String line, PDType1Font font, float fontSize, float maxWidth) {
		if (width(line, font, fontSize) <= maxWidth) {
			return line;
		}
		String shorter = line;
		while (shorter.length() > 1 && width(shorter + "...", font, fontSize) > maxWidth) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "...";
	}

	float width(String s, PDType1Font font, float fontSize) {
		try {
			return font.getStringWidth(s) / 1000f * fontSize;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void ensure(float needed) {
		if (y - needed < bottom()) {
			newPage();
		}
	}

	private void newPage() {
		try {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(size);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = size.getHeight() - MARGIN;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private float usable() {
		return size.getWidth() - 2 * MARGIN;
	}

	private static float bottom() {
		return MARGIN;
	}

	private static float sum(float[] widths) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		return total;
	}
}
