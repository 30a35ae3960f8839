package nl.speelveld.shared.session;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the session store: one of its own for every save, none for a read. Spring Session reads the
 * session at every request with a single statement, and put even that in a transaction of its own: a BEGIN and a
 * COMMIT, two more round trips to the database, for nothing a single statement does not already have. Its saves
 * (a session's row with its attributes, which belong together) go through {@link #executeWithoutResult}; its
 * reads, and its one-statement deletion of expired sessions, through {@link #execute}.
 * {@code SessionTransactionsTests} holds Spring Session to that.
 */
final class SessionTransactions implements TransactionOperations {

	private final TransactionTemplate saves;

	SessionTransactions(PlatformTransactionManager transactions) {
		this.saves = new TransactionTemplate(transactions);
		// A session is saved after the request's own work, never as part of it.
		this.saves.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public <T extends @Nullable Object> T execute(TransactionCallback<T> action) {
		return TransactionOperations.withoutTransaction().execute(action);
	}

	@Override
	public void executeWithoutResult(Consumer<TransactionStatus> action) {
		this.saves.executeWithoutResult(action);
	}

}
