package nl.speelveld.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import nl.speelveld.SpeelveldTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The printable report of a wijk renders: poppler's pdftoppm (as a person's viewer would) turns its first
 * page into a PNG with ink on it, and its text holds the lenses, the CBS figure and page numbers.
 */
@SpeelveldTest
class InsightsReportTests {

	private static final Path OUT = Path.of("target", "insights-report");

	@Autowired
	MockMvcTester mvc;

	@Test
	void theReportOfAWijkRendersAndReadsInDutch() throws Exception {
		var response = this.mvc.perform(get("/gebied/{code}/inzichten/rapport.pdf", "WK034406").header("Accept-Language", "nl"))
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("inzichten-WK034406-");
		byte[] pdf = response.getContentAsByteArray();
		Files.createDirectories(OUT);
		Path file = OUT.resolve("inzichten-WK034406.pdf");
		Files.write(file, pdf);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Inzichten Wijk 06 Binnenstad", "Wat de cijfers zeggen", "Wat bewoners ervaren",
					"Wie meedoet en wat ermee gebeurt", "Wie werkt hier (het speelveld)", "Pagina 1 van ",
					"Bron: CBS, Kerncijfers wijken en buurten");
			assertThat(document.getDocumentCatalog().getLanguage()).startsWith("nl");
		}

		Path prefix = OUT.resolve("pagina");
		Process pdftoppm = new ProcessBuilder("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", file.toString(), prefix.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(pdftoppm.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(pdftoppm.exitValue()).isZero();
		Path png;
		try (var files = Files.list(OUT)) {
			png = files.filter(p -> p.getFileName().toString().startsWith("pagina") && p.toString().endsWith(".png"))
				.findFirst()
				.orElseThrow();
		}
		assertThat(inkShare(png)).as("share of dark pixels on the first page").isBetween(0.01, 0.5);
	}

	private static double inkShare(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		long dark = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int rgb = image.getRGB(x, y);
				int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
				if (grey < 160) {
					dark++;
				}
			}
		}
		return dark / (double) (image.getWidth() * image.getHeight());
	}

}
