package nl.speelveld.socialmap.demo;

import nl.speelveld.shared.CommandLineCommand;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar speelveld.jar generate social-map --posts 50000 --organisations 20000 --places 100000}:
 * writes the national synthetic social map into the configured database (the embedded one by default, also
 * while the server runs), replacing what an earlier run wrote. For benchmarks, never for production.
 * {@code generate initiatives} is the initiatives module's own command, {@code generate proposals} and
 * {@code generate ballot-round} the participation module's.
 */
@Component
@ConditionalOnExpression("'${speelveld.command:}' == 'generate' and '${speelveld.command-kind:}' != 'initiatives' and '${speelveld.command-kind:}' != 'proposals' and '${speelveld.command-kind:}' != 'ballot-round'")
class GenerateCommand extends CommandLineCommand {

	private static final Set<String> OPTIONS = Set.of("posts", "organisations", "places", "seed");

	private static final int MAXIMUM = 5_000_000;

	private final SyntheticSocialMap generator;

	private final SocialMapWriter writer;

	GenerateCommand(SyntheticSocialMap generator, SocialMapWriter writer, MessageSource messages) {
		super(messages);
		this.generator = generator;
		this.writer = writer;
	}

	@Override
	protected int execute(List<String> args) {
		Map<String, Long> options = options(args);
		if (options == null || args.size() < 2 || !args.get(1).equals("social-map")) {
			this.err.println(text("generate.cli.usage"));
			return USAGE;
		}
		var size = new SyntheticSocialMap.Size(options.getOrDefault("posts", 50_000L).intValue(),
				options.getOrDefault("organisations", 20_000L).intValue(), options.getOrDefault("places", 100_000L).intValue());
		long started = System.nanoTime();
		var gemeenten = this.generator.gemeenten();
		if (gemeenten.isEmpty()) {
			this.err.println(text("generate.cli.no-areas"));
			return FAILED;
		}
		var data = this.generator.generate(gemeenten, size, options.getOrDefault("seed", 2024L), LocalDate.now());
		long generated = System.nanoTime();
		this.writer.replaceSynthetic(data);
		long written = System.nanoTime();
		this.out.println(text("generate.cli.done", data.organisations().size(), data.professionals().size(),
				data.posts().size(), data.places().size(), data.services().size(), gemeenten.size(),
				(generated - started) / 1_000_000, (written - generated) / 1_000_000));
		return 0;
	}

	/** The numeric options, as {@code --posts 5} or {@code --posts=5}; null when one is malformed. */
	private static @Nullable Map<String, Long> options(List<String> args) {
		Map<String, Long> options = new HashMap<>();
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				return null;
			}
			String name = arg.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			else if (OPTIONS.contains(name) && i + 1 < args.size()) {
				value = args.get(++i);
			}
			else {
				return null;
			}
			if (!OPTIONS.contains(name)) {
				// Spring settings such as --speelveld.database.embedded.directory=... pass through.
				if (name.contains(".")) {
					continue;
				}
				return null;
			}
			if (!value.matches("\\d{1,9}") || (!name.equals("seed") && Long.parseLong(value) > MAXIMUM)) {
				return null;
			}
			options.put(name, Long.parseLong(value));
		}
		return options;
	}

}
