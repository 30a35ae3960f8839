package nl.speelveld.shared.session;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.SpringHttpSessionConfiguration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sessions live in PostgreSQL (tables in db/migration), so that any app node serves any request. Spring Boot would
 * set up Spring Session's JDBC store on its own, but not with the two things a request then costs less with: no
 * transaction for a session's read, and a last access saved at most once a minute. So the store is made here,
 * and the servlet filter Spring Session puts in front of every request gets it through
 * {@link SessionsAccessedByTheMinute}.
 */
@Configuration(proxyBeanMethods = false)
@Import(SpringHttpSessionConfiguration.class)
class SessionConfiguration {

	/** Every ten minutes, the sessions past their idle timeout are deleted. */
	private static final String CLEANUP = "0 */10 * * * *";

	@Bean
	JdbcIndexedSessionRepository storedSessions(DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${server.servlet.session.timeout}") Duration timeout) {
		var stored = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
				new SessionTransactions(transactions));
		stored.setDefaultMaxInactiveInterval(timeout);
		stored.setCleanupCron(CLEANUP);
		stored.setConversionService(attributeSerialisation());
		return stored;
	}

	@Bean
	@Primary
	SessionsAccessedByTheMinute sessions(JdbcIndexedSessionRepository stored) {
		return SessionsAccessedByTheMinute.of(stored);
	}

	/**
	 * Attributes are stored as serialised Java objects, some of them the application's own: they are read back
	 * with the class loader that loaded the application, which in the packaged jar is not the system's.
	 */
	private static GenericConversionService attributeSerialisation() {
		ClassLoader application = SessionConfiguration.class.getClassLoader();
		var conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class, new DeserializingConverter(application));
		return conversion;
	}

}
