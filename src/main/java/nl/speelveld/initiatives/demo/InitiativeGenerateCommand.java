package nl.speelveld.initiatives.demo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import nl.speelveld.shared.CommandLineCommand;
import nl.speelveld.shared.GenerationArguments;

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
		Optional<GenerationArguments> parsed = GenerationArguments.parse(args, 200_000, 2024, MAXIMUM);
		if (parsed.isEmpty()) {
			return usage();
		}
		long count = parsed.get().count();
		long seed = parsed.get().seed();
		long started = System.nanoTime();
		Country country = this.generator.country();
		if (country.places().isEmpty()) {
			this.err.println(text("generate-initiatives.cli.no-areas"));
			return FAILED;
		}
		long read = System.nanoTime();
		int written = this.generator.replace(country, (int) count, seed, Instant.now().truncatedTo(ChronoUnit.SECONDS));
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
