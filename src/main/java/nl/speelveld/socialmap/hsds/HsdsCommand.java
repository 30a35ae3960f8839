package nl.speelveld.socialmap.hsds;

import nl.speelveld.shared.CommandLineCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar import hsds FILE} and {@code export hsds [--area GM0344] FILE}: the social
 * map in and out as an HSDS 3.0 dataset, against the configured database. Prints every problem; exits with 0
 * when done, 1 when nothing was imported or written, 2 when the arguments are wrong.
 */
@Component
@ConditionalOnExpression("('${speelveld.command:}' == 'import' or '${speelveld.command:}' == 'export') "
		+ "and '${speelveld.command-kind:}' == 'hsds'")
class HsdsCommand extends CommandLineCommand {

	private final HsdsImporter importer;

	private final HsdsExporter exporter;

	HsdsCommand(HsdsImporter importer, HsdsExporter exporter, MessageSource messages) {
		super(messages);
		this.importer = importer;
		this.exporter = exporter;
	}

	@Override
	protected int execute(List<String> args) {
		String area = null;
		List<String> files = new ArrayList<>();
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--area") && i + 1 < args.size()) {
				area = args.get(++i);
			}
			else if (arg.startsWith("--area=")) {
				area = arg.substring("--area=".length());
			}
			else if (!arg.startsWith("--")) {
				files.add(arg);
			}
		}
		boolean importing = !args.isEmpty() && args.get(0).equals("import");
		if (args.size() < 2 || !args.get(1).equals("hsds") || files.size() != 1 || (importing && area != null)) {
			this.err.println(text("hsds.cli.usage"));
			return USAGE;
		}
		return importing ? importFile(Path.of(files.get(0))) : exportTo(files.get(0), area);
	}

	private int importFile(Path file) {
		byte[] content;
		try {
			if (Files.size(file) > this.importer.maxBytes()) {
				content = new byte[(int) this.importer.maxBytes() + 1];
			}
			else {
				content = Files.readAllBytes(file);
			}
		}
		catch (IOException unreadable) {
			this.err.println(text("hsds.cli.no-file", file));
			return USAGE;
		}
		HsdsImportReport report = this.importer.importFile(content, file.getFileName().toString());
		for (ImportProblem problem : report.problems()) {
			(problem.error() ? this.err : this.out).println(text(problem.error() ? "hsds.cli.error" : "hsds.cli.note",
					problem.path(), problem.describe(this.messages, this.locale)));
		}
		if (!report.imported()) {
			this.err.println(text("hsds.cli.failed", report.errors().size()));
			return FAILED;
		}
		this.out.println(text("hsds.cli.imported", report.organizations(), report.locations(), report.services(),
				report.servicesAtLocations(), report.added(), report.duration().toMillis()));
		return 0;
	}

	private int exportTo(String file, @Nullable String area) {
		if (area != null && AreaCode.tryParse(area).isEmpty()) {
			this.err.println(text("hsds.cli.bad-area", area));
			return USAGE;
		}
		String code = area == null ? null : AreaCode.tryParse(area).orElseThrow().value();
		boolean toStandardOut = file.equals("-");
		try (OutputStream target = toStandardOut ? new NotClosing(this.out) : Files.newOutputStream(Path.of(file))) {
			int[] counts = this.exporter.export(code, target);
			(toStandardOut ? this.err : this.out).println(text("hsds.cli.exported", file, counts[0], counts[1]));
			return 0;
		}
		catch (IOException unwritable) {
			this.err.println(text("hsds.cli.cannot-write", file, String.valueOf(unwritable.getMessage())));
			return FAILED;
		}
	}

	/** Standard output stays open after the export has been written to it. */
	private static final class NotClosing extends java.io.FilterOutputStream {

		NotClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
