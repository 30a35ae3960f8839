package nl.speelveld.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that cannot be reached for a moment is answered with 503, everything else that fails stays a 500. */
class DatabaseUnavailableTests {

	@Test
	void noConnectionInTimeALostConnectionOrAServerShuttingDownAre503() {
		assertThat(ErrorDescription.of(new CannotGetJdbcConnectionException("pool",
				new SQLTransientConnectionException("Connection is not available, request timed out"))).status())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorDescription.of(new CannotCreateTransactionException("no connection")).status())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorDescription.of(new UncategorizedSQLException("select", "select 1",
				new SQLException("terminating connection due to administrator command", "57P01"))).status())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorDescription.of(new RuntimeException(new SQLException("I/O error", "08006"))).status())
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(ErrorDescription.of(new CannotGetJdbcConnectionException("pool")).messageKey()).isEqualTo("error.503");
	}

	@Test
	void otherDatabaseErrorsAndBugsStay500() {
		assertThat(ErrorDescription.of(new UncategorizedSQLException("select", "select x",
				new SQLException("column x does not exist", "42703"))).status())
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(ErrorDescription.of(new IllegalStateException("a bug")).status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
