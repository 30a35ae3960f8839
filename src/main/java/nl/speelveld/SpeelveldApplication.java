package nl.speelveld;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Speelveld: who does what where in community building. Started without arguments it serves the web
 * application; started as {@code java -jar speelveld.jar import ...} it runs an import and exits with a
 * non-zero code when the import fails.
 */
@SpringBootApplication
@EnableScheduling
public class SpeelveldApplication {

	static final String COMMAND_PROPERTY = "speelveld.command";

	/** What the command works on: {@code cbs} in {@code import cbs ...}, {@code hsds} in {@code export hsds ...}. */
	static final String COMMAND_KIND_PROPERTY = "speelveld.command-kind";

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].startsWith("-")) {
			System.exit(runCommand(args));
		}
		SpringApplication.run(SpeelveldApplication.class, args);
	}

	private static int runCommand(String[] args) {
		var application = new SpringApplication(SpeelveldApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setLogStartupInfo(false);
		// Lazy: a command needs a few beans, not the web pages and their collaborators.
		application.setDefaultProperties(java.util.Map.of(COMMAND_PROPERTY, args[0], COMMAND_KIND_PROPERTY,
				args.length > 1 ? args[1] : "", "logging.level.root", "WARN", "logging.level.nl.speelveld", "WARN",
				"spring.main.banner-mode", "off", "spring.main.lazy-initialization", "true"));
		try {
			return SpringApplication.exit(application.run(args));
		}
		catch (RuntimeException failure) {
			// The command runner already reported what went wrong; the exit code tells scripts.
			return 1;
		}
	}

}
