package nl.speelveld.participation.proposals;

import java.util.List;
import java.util.Optional;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.CommandLineCommand;
import nl.speelveld.shared.GenerationArguments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar generate proposals --count 10000}: makes one open process in a wijk and
 * fills it with synthetic proposals, replacing what an earlier run wrote; prints the process's id. For
 * benchmarks, never for production.
 */
@Component
@ConditionalOnExpression("'${speelveld.command:}' == 'generate' and '${speelveld.command-kind:}' == 'proposals'")
class ProposalGenerateCommand extends CommandLineCommand {

	private static final int MAXIMUM = 1_000_000;

	private final SyntheticProposals generator;

	ProposalGenerateCommand(SyntheticProposals generator, MessageSource messages) {
		super(messages);
		this.generator = generator;
	}

	@Override
	protected int execute(List<String> args) {
		Optional<GenerationArguments> parsed = GenerationArguments.parse(args, 10_000, 2024, MAXIMUM);
		if (parsed.isEmpty()) {
			return usage();
		}
		long count = parsed.get().count();
		long seed = parsed.get().seed();
		long started = System.nanoTime();
		Process process = this.generator.replace((int) count, seed);
		this.out.println(text("generate-proposals.cli.done", String.valueOf(count), process.id().toString(),
				String.valueOf((System.nanoTime() - started) / 1_000_000)));
		return 0;
	}

	private int usage() {
		this.err.println(text("generate-proposals.cli.usage"));
		return USAGE;
	}

}
