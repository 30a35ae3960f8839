package nl.speelveld.participation.rounds;

import java.util.List;
import java.util.Optional;

import nl.speelveld.shared.CommandLineCommand;
import nl.speelveld.shared.GenerationArguments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar generate ballot-round --count 2000}: makes one budgeting round in its voting
 * phase with that many letter codes, replacing what an earlier run wrote; prints the process's id on the
 * first line and then one code per line. For benchmarks, never for production.
 */
@Component
@ConditionalOnExpression("'${speelveld.command:}' == 'generate' and '${speelveld.command-kind:}' == 'ballot-round'")
class RoundGenerateCommand extends CommandLineCommand {

	private final SyntheticRound generator;

	RoundGenerateCommand(SyntheticRound generator, MessageSource messages) {
		super(messages);
		this.generator = generator;
	}

	@Override
	protected int execute(List<String> args) {
		Optional<GenerationArguments> parsed = GenerationArguments.parse(args, 2_000, 2024, LetterCodes.MOST_PER_BATCH);
		if (parsed.isEmpty()) {
			this.err.println(text("generate-ballot-round.cli.usage"));
			return USAGE;
		}
		SyntheticRound.Made made = this.generator.replace((int) parsed.get().count(), parsed.get().seed());
		this.out.println(made.process().id());
		made.codes().forEach(this.out::println);
		return 0;
	}

}
