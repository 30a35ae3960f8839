package nl.speelveld.routing.questions;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what residents told us once it is no longer needed: questions nobody confirmed in time, and, the
 * retention period after a question was closed, its text, the answers and notes, the resident's address and
 * the links. The rows stay with the role, the area, the times and the outcome, which is all insights use.
 */
@Service
public class QuestionRetention {

	private static final Logger log = LoggerFactory.getLogger(QuestionRetention.class);

	private static final int BATCH = 500;

	/** What a run deleted: unconfirmed questions, and closed questions that lost their texts. */
	public record Run(int unconfirmed, int erased) {
	}

	private final QuestionStore store;

	private final QuestionSettings settings;

	private final TransactionTemplate transaction;

	QuestionRetention(QuestionStore store, QuestionSettings settings, TransactionTemplate transaction) {
		this.store = store;
		this.settings = settings;
		this.transaction = transaction;
	}

	public Run run(Instant now) {
		Integer unconfirmed = this.transaction
			.execute(status -> this.store.deleteUnverifiedBefore(now.minus(this.settings.unverifiedFor())));
		Instant closedBefore = ZonedDateTime.ofInstant(now, LeavingQuestions.AMSTERDAM)
			.minus(this.settings.retention())
			.toInstant();
		int erased = 0;
		int batch;
		do {
			Integer done = this.transaction.execute(status -> this.store.eraseClosedBefore(closedBefore, now, BATCH));
			batch = done == null ? 0 : done;
			erased += batch;
		}
		while (batch == BATCH);
		int deleted = unconfirmed == null ? 0 : unconfirmed;
		if (deleted + erased > 0) {
			log.info("Wegwijzer retention: {} unconfirmed questions deleted, {} closed questions emptied", deleted, erased);
		}
		return new Run(deleted, erased);
	}

}
