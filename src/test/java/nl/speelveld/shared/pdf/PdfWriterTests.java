package nl.speelveld.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTests {

	private static PdfWriter report(String title) {
		return new PdfWriter(title, Locale.forLanguageTag("nl-NL"), (n, m) -> "Pagina " + n + " van " + m);
	}

	@Test
	void writesTitleHeadingsParagraphsAndTablesAsText() throws IOException {
		byte[] pdf = report("Wijkrapport Centrum")
				.heading("Geregistreerd")
				.paragraph("In de wijk wonen 12.345 mensen. Dat is het cijfer van het CBS over 2024.")
				.table(List.of("Leeftijd", "Aantal", "Aandeel"), List.of(List.of("0-14 jaar", "1.234", "10 %"), List.of("65 jaar of ouder", "2.000", "16 %")))
				.note("Bron: CBS, Kerncijfers wijken en buurten 2024")
				.toBytes();

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Wijkrapport Centrum", "Geregistreerd", "12.345 mensen", "65 jaar of ouder", "Pagina 1 van 1",
					"Bron: CBS");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wijkrapport Centrum");
		}
	}

	@Test
	void leavesOutWhatTheStandardFontCannotShowInsteadOfFailing() throws IOException {
		byte[] pdf = report("Café \u201Cde Brug\u201D \u2013 overleg \uD83D\uDE00")
				.paragraph("Één paragraaf met een emoji \uD83D\uDE00, Chinees \u4E2D\u6587, Arabisch \u0627\u0644, tab\tteken en\u202Fsmalle spatie; € 12,50.")
				.table(List.of("Naam\u200B", "Waarde"), List.of(List.of("\u4E2D", "1")))
				.toBytes();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Café \u201Cde Brug\u201D \u2013 overleg", "Één paragraaf met een emoji , Chinees , Arabisch ,", "€ 12,50");
			assertThat(text).doesNotContain("\u4E2D", "\u0627");
		}
	}

	@Test
	void longTablesContinueOnNewPagesWithTheirHeaderAndPageNumbers() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of("Buurt " + i + " met een lange naam die over meer dan een regel kan lopen als de kolom smal is", String.valueOf(i * 10), i + " %"));
		}
		byte[] pdf = report("Lange tabel").paragraph("x".repeat(400)).table(List.of("Buurt", "Inwoners", "Opkomst"), rows).toBytes();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(pages);
			stripper.setEndPage(pages);
			String last = stripper.getText(document);
			assertThat(last).contains("Buurt", "Inwoners", "Pagina " + pages + " van " + pages, "Buurt 120");
		}
	}

	@Test
	void rendersInkOnWhitePaper() throws IOException {
		byte[] pdf = report("Zichtbaar").heading("Kop").paragraph("Tekst die zichtbaar moet zijn.").toBytes();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 40);
			int dark = 0;
			for (int x = 0; x < image.getWidth(); x++) {
				for (int y = 0; y < image.getHeight(); y++) {
					if ((image.getRGB(x, y) & 0xFF) < 128) {
						dark++;
					}
				}
			}
			assertThat(dark).isGreaterThan(50);
			assertThat(image.getWidth()).isLessThan(image.getHeight());
		}
	}

	@Test
	void numericColumnsAreRecognised() {
		boolean[] numeric = TableLayout.numericColumns(List.of(List.of("Centrum", "1.234", "12,5 %", ""), List.of("Noord", "-", "3 %", "x")), 4);
		assertThat(numeric).containsExactly(false, true, true, false);
	}
}
