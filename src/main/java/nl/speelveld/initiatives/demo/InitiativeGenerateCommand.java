package nl.speelveld.initiatives.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import nl.speelveld.shared.CommandLineCommand;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar generate initiatives --count 200000}: writes synthetic residents' initiatives
 * over the whole country into the configured database (also while the server runs), replacing what an
 * earlier run wrote. For benchmarks, never for production.
 */
@Component
@ConditionalOnExpression("'${speelveld.command:}' == 'generate' and '${speelveld.command-kind:}' == 'initiatives'")
class InitiativeGenerateCommand extends CommandLineCommand {

	private static final int MAXIMUM = 5_000_000;

	private final SyntheticInitiatives generator;

	InitiativeGenerateCommand(SyntheticInitiatives generator, MessageSource messages) {
		super(messages);
		this.generator = generator;
	}

	@Override
	protected int execute(List<String> args) {
		Long count = 200_000L;
		Long seed = 2024L;
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
					: (i + 1 < args.size() ? args.get(i + 1) : "");
			if (name.equals("--count") || name.equals("--seed")) {
				if (!value.matches("\\d{1,9}") || (name.equals("--count") && Long.parseLong(value) > MAXIMUM)) {
					return usage();
				}
				if (name.equals("--count")) {
					count = Long.parseLong(value);
				}
				else {
					seed = Long.parseLong(value);
				}
				i += arg.contains("=") ? 0 : 1;
			}
			else if (!(name.startsWith("--") && name.contains("."))) {
				// Only Spring settings such as --speelveld.database.embedded.directory=... pass through.
				return usage();
			}
		}
		long started = System.nanoTime();
		Country country = this.generator.country();
		if (country.places().isEmpty()) {
			this.err.println(text("generate-initiatives.cli.no-areas"));
			return FAILED;
		}
		long read = System.nanoTime();
		int written = this.generator.replace(country, count.intValue(), seed, Instant.now().truncatedTo(ChronoUnit.SECONDS));
		long done = System.nanoTime();
		this.out.println(text("generate-initiatives.cli.done", written, country.places().size(),
				(read - started) / 1_000_000, (done - read) / 1_000_000, this.generator.assets()));
		return 0;
	}

	private int usage() {
		this.err.println(text("generate-initiatives.cli.usage"));
		return USAGE;
	}

}
