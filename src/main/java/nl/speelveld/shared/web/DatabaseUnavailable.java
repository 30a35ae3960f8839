package nl.speelveld.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached right now (it restarts, fails over, or the pool
 * found no connection in time) rather than that something is wrong with the request or the code. Such a
 * failure is answered with 503 and a moment to wait: it passes by itself once the database is back.
 */
final class DatabaseUnavailable {

	/** How long a client is asked to wait; a restarting PostgreSQL is usually back within this. */
	static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception) and the server shutting
	 * down or starting (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
	 */
	private static boolean isConnectionState(String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}

}
