package nl.speelveld.participation.web;

import java.util.Locale;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.LetterCodes;
import nl.speelveld.shared.pdf.PdfWriter;

/**
 * The letters of a batch of codes, one page each: to whom, what the vote is about, where to vote and the
 * code, in plain Dutch. The mailing goes to every household, so the text assumes nothing of the reader.
 */
final class Letters {

	private Letters() {
	}

	static byte[] pdf(Process process, String areaName, String voteUrl, LetterCodes.Batch batch) {
		PdfWriter pdf = new PdfWriter("Stemmen over " + process.title(), Locale.forLanguageTag("nl-NL"),
				(page, pages) -> "Brief " + page + " van " + pages);
		boolean first = true;
		for (LetterCodes.IssuedCode code : batch.codes()) {
			if (!first) {
				pdf.pageBreak();
			}
			first = false;
			pdf.paragraph(code.addressee())
				.heading("Je stem telt: " + process.title())
				.paragraph("Beste bewoner van " + areaName + ",")
				.paragraph(process.question())
				.paragraph("Je kiest mee welke projecten er komen. Stemmen doe je op " + voteUrl
						+ ". Vul daar deze code in. De code geeft één stem per huishouden. Hij hoort bij dit adres, niet bij een naam: niemand kan zien wat je kiest.")
				.heading("Je stemcode: " + code.code())
				.paragraph("Wie het traject leidt: " + process.ownerName() + ".")
				.note("Geen internet, of hulp nodig bij het stemmen? Vraag het aan de buurtwerker of in het wijkcentrum.");
		}
		return pdf.toBytes();
	}

}
