package testsupport.idp;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An OpenID Connect provider for tests: Spring Authorization Server as a second Spring Boot application in
 * the same JVM, on a random port of localhost. It starts once, with the first Speelveld test context, and
 * stops with the JVM. Tests add the people who sign in with it, each with a fresh e-mail address, so that
 * tests sharing a database never meet.
 */
public final class TestIdentityProvider {

	/** The registration id in Speelveld, which also names Speelveld's redirect URI. */
	public static final String REGISTRATION_ID = "testgemeente";

	/** The name the sign-in page shows, as in "Inloggen met Testgemeente". */
	public static final String NAME = "Testgemeente";

	static final String CLIENT_ID = "speelveld";

	static final String CLIENT_SECRET = "geheim-alleen-voor-tests";

	private static @Nullable TestIdentityProvider running;

	private final ConfigurableApplicationContext context;

	private TestIdentityProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static synchronized TestIdentityProvider get() {
		if (running == null) {
			running = new TestIdentityProvider(start());
		}
		return running;
	}

	private static ConfigurableApplicationContext start() {
		var application = new SpringApplicationBuilder(IdentityProviderConfiguration.class).bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.build();
		// Logging is set up once per JVM, by Speelveld's test context; a second set-up would pre-empt or reset it.
		application.setListeners(application.getListeners()
			.stream()
			.filter(listener -> !(listener instanceof LoggingApplicationListener))
			.toList());
		// Arguments rather than default properties, so that the environment (SERVER_PORT, say) cannot override
		// them; the configuration name keeps Speelveld's application.properties out. On a thread of its own,
		// because Spring Boot's test context loader hooks into every application started on its thread.
		return CompletableFuture
			.supplyAsync(() -> application.run("--spring.config.name=test-identity-provider", "--server.port=0"),
					task -> new Thread(task, "test-identity-provider").start())
			.join();
	}

	/** Also the address of its discovery document, under /.well-known/openid-configuration. */
	public String issuer() {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** Someone with an account at the provider, whose ID token carries this name and address. */
	public Person person(String name, String email, boolean emailVerified) {
		var person = new Person("inwoner-" + UUID.randomUUID(), "wachtwoord-" + UUID.randomUUID(), name, email,
				emailVerified);
		this.context.getBean(People.class).add(person);
		return person;
	}

	/** An account at the provider; the username is also the subject of its ID tokens. */
	public record Person(String username, String password, String name, String email, boolean emailVerified) {
	}

	/**
	 * Registers the provider with Speelveld's test context through Boot's OAuth2 client properties, as an
	 * operator would for a real one. Boot reads the provider's discovery document when it creates the client
	 * registrations, so the provider is started first.
	 */
	public static final class Registration implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String client = "spring.security.oauth2.client.registration." + REGISTRATION_ID + ".";
			Map<String, Object> properties = Map.of(client + "client-name", NAME, client + "client-id", CLIENT_ID,
					client + "client-secret", CLIENT_SECRET, client + "scope", "openid,email,profile",
					"spring.security.oauth2.client.provider." + REGISTRATION_ID + ".issuer-uri", get().issuer());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testIdentityProvider", properties));
		}

	}

}
