package nl.speelveld.shared.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is
 * set. The data source depends on the server, so Spring closes the pool before it stops the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${speelveld.database.embedded.directory:data/pg}") Path directory,
			@Value("${speelveld.database.embedded.temporary:false}") boolean temporary) {
		return temporary ? EmbeddedDatabase.temporary() : EmbeddedDatabase.persistent(directory);
	}

	@Bean
	HikariDataSource dataSource(EmbeddedDatabase database,
			@Value("${speelveld.database.embedded.pool-size:10}") int poolSize) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(database.jdbcUrl())
			.username(database.username())
			.build();
		dataSource.setMaximumPoolSize(poolSize);
		// while the database restarts, a request waits this long for a connection and then gets a 503
		dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
		dataSource.setPoolName("embedded");
		return dataSource;
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
