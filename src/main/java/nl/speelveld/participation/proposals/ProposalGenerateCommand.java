package nl.speelveld.participation.proposals;

import java.util.List;

import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.CommandLineCommand;

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
		long count = 10_000;
		long seed = 2024;
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
		if (!this.generator.hasArea()) {
			this.err.println(text("generate-proposals.cli.no-area", SyntheticProposals.WIJK.value()));
			return FAILED;
		}
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
