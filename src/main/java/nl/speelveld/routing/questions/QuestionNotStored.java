package nl.speelveld.routing.questions;

import java.sql.SQLException;

import org.springframework.dao.DataAccessException;

/**
 * A write about a question failed. Only the SQL state is kept: the database's own message can quote the
 * row, with the resident's text, and that must never reach a log.
 */
class QuestionNotStored extends RuntimeException {

	QuestionNotStored(String what, DataAccessException failed) {
		super("Could not " + what + " a question (SQL state " + sqlState(failed) + ")", null, false, false);
	}

	private static String sqlState(DataAccessException failed) {
		for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return "unknown";
	}

}
