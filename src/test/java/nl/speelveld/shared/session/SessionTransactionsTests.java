package nl.speelveld.shared.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.speelveld.SpeelveldTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A session is read without a transaction and saved in one of its own, whole or not at all. */
@SpeelveldTest
class SessionTransactionsTests {

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DataSource dataSource;

	@Test
	void aReadRunsWithoutATransactionASaveInOne() {
		var transactions = new SessionTransactions(this.transactionManager);

		Boolean readInTransaction = transactions
			.execute(status -> TransactionSynchronizationManager.isActualTransactionActive());
		assertThat(readInTransaction).isFalse();
		List<Boolean> inTransaction = new ArrayList<>();
		transactions.executeWithoutResult(
				status -> inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()));
		assertThat(inTransaction).containsExactly(true);
	}

	/** Should an upgrade of Spring Session save through the other method, a save would lose its transaction. */
	@Test
	void springSessionSavesThroughTheMethodWithATransactionAndOnlyReadsThroughTheOther() {
		var recorded = new Recording(new SessionTransactions(this.transactionManager));
		saveReadChangeAndDelete(new JdbcIndexedSessionRepository(new JdbcTemplate(this.dataSource), recorded),
				recorded);
	}

	private static <S extends Session> void saveReadChangeAndDelete(FindByIndexNameSessionRepository<S> store,
			Recording recorded) {
		S created = store.createSession();
		created.setAttribute("stembiljet", "9f2c");
		store.save(created);
		assertThat(recorded.calls).containsExactly("save");

		recorded.calls.clear();
		S found = store.findById(created.getId());
		assertThat(recorded.calls).containsExactly("read");

		recorded.calls.clear();
		found.setAttribute("stembiljet", "71ab");
		found.removeAttribute("onbekend");
		found.setAttribute("taal", "nl");
		found.changeSessionId();
		store.save(found);
		assertThat(recorded.calls).containsExactly("save");

		recorded.calls.clear();
		store.deleteById(found.getId());
		assertThat(recorded.calls).containsExactly("save");
		assertThat(store.findById(found.getId())).isNull();
	}

	private static final class Recording implements TransactionOperations {

		private final TransactionOperations transactions;

		final List<String> calls = new ArrayList<>();

		Recording(TransactionOperations transactions) {
			this.transactions = transactions;
		}

		@Override
		public <T extends @Nullable Object> T execute(TransactionCallback<T> action) {
			this.calls.add("read");
			return this.transactions.execute(action);
		}

		@Override
		public void executeWithoutResult(Consumer<TransactionStatus> action) {
			this.calls.add("save");
			this.transactions.executeWithoutResult(action);
		}

	}

}
