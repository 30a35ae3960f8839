package nl.speelveld.participation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.LetterCodes;
import nl.speelveld.shared.SpreadsheetCsv;

/**
 * The mailing of a batch of letter codes, the only place the codes ever appear: a CSV for a mail-merge or
 * a mailing house ({@link SpreadsheetCsv}) and the letters as a PDF, one page per address, together in one ZIP file.
 */
final class LetterMailing {

	private LetterMailing() {
	}

	static byte[] zip(Process process, String areaName, String voteUrl, LetterCodes.Batch batch) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("lettercodes-" + batch.number() + ".csv"));
			zip.write(csv(batch));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("brieven-" + batch.number() + ".pdf"));
			zip.write(Letters.pdf(process, areaName, voteUrl, batch));
			zip.closeEntry();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return bytes.toByteArray();
	}

	static byte[] csv(LetterCodes.Batch batch) {
		var csv = new SpreadsheetCsv().line(List.of("adres_of_huishouden", "code"));
		for (LetterCodes.IssuedCode code : batch.codes()) {
			csv.line(List.of(code.addressee(), code.code()));
		}
		return csv.bytes();
	}

}
