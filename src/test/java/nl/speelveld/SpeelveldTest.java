package nl.speelveld;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import testsupport.idp.TestIdentityProvider;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL with the bundled CBS data, served on a random port. Every
 * test class with this annotation shares one application context, so the data loads once per run. People
 * can also sign in through OpenID Connect, with a {@link TestIdentityProvider} that starts with the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProvider.Registration.class)
@Tag("database")
public @interface SpeelveldTest {
}
