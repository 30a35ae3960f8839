package nl.speelveld.shared;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code generate} command is told: {@code --count N} and {@code --seed S} (as {@code --count=N} or
 * {@code --count N}), with Spring settings such as {@code --speelveld.database.embedded.directory=...}
 * passing through. Anything else, or a count over the maximum, is a usage error.
 */
public record GenerationArguments(long count, long seed) {

	/** The arguments after {@code generate <kind>}, or empty when they need the usage text. */
	public static Optional<GenerationArguments> parse(List<String> args, long count, long seed, long maximum) {
		for (int i = 2; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
					: (i + 1 < args.size() ? args.get(i + 1) : "");
			if (name.equals("--count") || name.equals("--seed")) {
				if (!value.matches("\\d{1,9}") || (name.equals("--count") && Long.parseLong(value) > maximum)) {
					return Optional.empty();
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
				return Optional.empty();
			}
		}
		return Optional.of(new GenerationArguments(count, seed));
	}

}
