package nl.speelveld.participation.processes;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process is kept between reads, yet a change shows at the next read however it was made: by this node,
 * by another node against the same database (here: plain SQL), and not at all when it was rolled back.
 */
@SpeelveldTest
class KeptProcessesTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	ProcessStore store;

	@Autowired
	ProcessFixture processes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeMadeElsewhereShowsAtTheNextRead() {
		var process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.PROPOSALS).titled("Speeltuin Oost").open();
		assertThat(this.store.get(process.id()).title()).isEqualTo("Speeltuin Oost");

		this.jdbc.sql("update participation_process set title = 'Speeltuin West' where id = ?").param(process.id()).update();
		assertThat(this.store.get(process.id()).title()).isEqualTo("Speeltuin West");

		this.jdbc.sql("update participation_phase set title = 'Ideeën' where process_id = ? and position = 1")
			.param(process.id())
			.update();
		assertThat(this.store.get(process.id()).phases().get(1).title()).isEqualTo("Ideeën");
	}

	@Test
	void whatARolledBackChangeShowedInsideItsTransactionIsNotKept() {
		var process = this.processes.process(CENTRUM, PhaseKind.INFORMATION).titled("Bankjes Noord").open();
		assertThat(this.store.get(process.id()).title()).isEqualTo("Bankjes Noord");

		this.transactions.executeWithoutResult(status -> {
			this.jdbc.sql("update participation_process set title = 'Bankjes Zuid' where id = ?").param(process.id()).update();
			assertThat(this.store.get(process.id()).title()).isEqualTo("Bankjes Zuid");
			status.setRollbackOnly();
		});
		// the next committed change raises the revision to what the rolled-back one had reached
		this.jdbc.sql("update participation_phase set title = title where process_id = ?").param(process.id()).update();

		assertThat(this.store.get(process.id()).title()).isEqualTo("Bankjes Noord");
	}

}
