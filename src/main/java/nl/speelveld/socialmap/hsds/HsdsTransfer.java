package nl.speelveld.socialmap.hsds;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The HSDS import and export for the administration: administrators only. */
@Service
public class HsdsTransfer {

	/** One line of an import report as a page shows it. */
	public record Line(boolean error, String path, String text) {
	}

	private final HsdsImporter importer;

	private final HsdsExporter exporter;

	private final MessageSource messages;

	HsdsTransfer(HsdsImporter importer, HsdsExporter exporter, MessageSource messages) {
		this.importer = importer;
		this.exporter = exporter;
		this.messages = messages;
	}

	@PreAuthorize("@permissions.isAdministrator()")
	public boolean mayTransfer() {
		return true;
	}

	@PreAuthorize("@permissions.isAdministrator()")
	public HsdsImportReport importFile(byte[] content, String fileName) {
		return this.importer.importFile(content, fileName);
	}

	@PreAuthorize("@permissions.isAdministrator()")
	public int[] export(@Nullable String areaCode, OutputStream out) {
		return this.exporter.export(areaCode, out);
	}

	public long maxBytes() {
		return this.importer.maxBytes();
	}

	public List<Line> lines(HsdsImportReport report, Locale locale) {
		return report.problems().stream()
			.map(problem -> new Line(problem.error(), problem.path(), problem.describe(this.messages, locale)))
			.toList();
	}

}
