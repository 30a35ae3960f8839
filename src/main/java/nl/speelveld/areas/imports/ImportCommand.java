package nl.speelveld.areas.imports;

import nl.speelveld.shared.CommandLineCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar import cbs --year 2024 FILE...} and
 * {@code import postcodes --year 2024 FILE}: runs an import against the configured database (the embedded
 * one by default, also while the server runs) with a progress bar, prints every problem, and exits non-zero
 * when nothing was imported.
 */
@Component
// import hsds belongs to the social map (HsdsCommand)
@ConditionalOnExpression("'${speelveld.command:}' == 'import' and '${speelveld.command-kind:}' != 'hsds'")
class ImportCommand extends CommandLineCommand {

	private final AreaImporter areas;

	private final PostcodeImporter postcodes;

	ImportCommand(AreaImporter areas, PostcodeImporter postcodes, MessageSource messages) {
		super(messages);
		this.areas = areas;
		this.postcodes = postcodes;
	}

	@Override
	protected int execute(List<String> args) {
		String kind = args.size() > 1 ? args.get(1) : "";
		Integer year = null;
		List<Path> files = new ArrayList<>();
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--year") && i + 1 < args.size()) {
				year = parseYear(args.get(++i));
			}
			else if (arg.startsWith("--year=")) {
				year = parseYear(arg.substring("--year=".length()));
			}
			else if (!arg.startsWith("--")) {
				files.add(Path.of(arg));
			}
		}
		if (year == null || files.isEmpty() || !(kind.equals("cbs") || (kind.equals("postcodes") && files.size() == 1))) {
			this.err.println(text("import.cli.usage"));
			return USAGE;
		}
		for (Path file : files) {
			if (!Files.isReadable(file)) {
				this.err.println(text("import.cli.no-file", file));
				return USAGE;
			}
		}
		var progress = new ConsoleProgressBar(this.err, System.console() != null, this.messages, this.locale);
		List<SourceFile> sources = files.stream().map(SourceFile::of).toList();
		ImportReport report = kind.equals("cbs") ? this.areas.importCbs(year, sources, progress)
				: this.postcodes.importPostcodes(year, sources.get(0), progress);
		print(report, kind.equals("cbs") ? "import.cli.done" : "import.cli.done-postcodes");
		return report.imported() ? 0 : FAILED;
	}

	private void print(ImportReport report, String doneKey) {
		for (ImportProblem problem : report.problems()) {
			(problem.isError() ? this.err : this.out).println(
					text(problem.isError() ? "import.cli.error" : "import.cli.note", problem.describe(this.messages, this.locale)));
		}
		if (report.imported()) {
			this.out.println(text(doneKey, String.valueOf(report.year()), report.areas(), report.added(), report.changed(),
					report.unchanged(), report.notes().size(), report.duration().toMillis()));
		}
		else {
			this.err.println(text("import.cli.failed", report.errors().size()));
		}
	}

	private static @Nullable Integer parseYear(String text) {
		return text.matches("(19|20)\\d{2}") ? Integer.valueOf(text) : null;
	}

}
