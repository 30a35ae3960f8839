package nl.speelveld.routing.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.socialmap.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the holders of a post of a question that waits for its first response: once on the day it is due,
 * once more on the first working day after that, and never again for that post. Nothing on weekends and
 * public holidays: a reminder missed then goes out on the next working day, as the overdue one only. Each
 * reminder is claimed and mailed in one transaction, so that two runs never send the same one.
 */
@Service
public class QuestionReminders {

	private static final Logger log = LoggerFactory.getLogger(QuestionReminders.class);

	/** What a run did: reminders sent, and questions whose post nobody could be written to about. */
	public record Run(int due, int overdue, int unreachable) {
	}

	private final QuestionStore store;

	private final Holders holders;

	private final PostLabels labels;

	private final QuestionMails mails;

	private final Mailer mailer;

	private final TransactionTemplate transaction;

	QuestionReminders(QuestionStore store, Holders holders, PostLabels labels, QuestionMails mails, Mailer mailer,
			TransactionTemplate transaction) {
		this.store = store;
		this.holders = holders;
		this.labels = labels;
		this.mails = mails;
		this.mailer = mailer;
		this.transaction = transaction;
	}

	public Run sendDue(LocalDate today) {
		if (!WorkingDays.isWorkingDay(today)) {
			return new Run(0, 0, 0);
		}
		int due = 0;
		int overdue = 0;
		int unreachable = 0;
		for (Question question : this.store.needingReminder(today)) {
			boolean late = question.dueOn() != null && question.dueOn().isBefore(today);
			List<Addressee> to = this.holders.post(question.post()).map(this.holders::addressees).orElse(List.of());
			if (to.isEmpty()) {
				unreachable++;
				continue;
			}
			if (send(question, to, late)) {
				if (late) {
					overdue++;
				}
				else {
					due++;
				}
			}
		}
		log.info("Wegwijzer reminders for {}: {} due, {} overdue; {} questions without anyone to remind", today, due,
				overdue, unreachable);
		return new Run(due, overdue, unreachable);
	}

	private boolean send(Question question, List<Addressee> to, boolean overdue) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute(status -> {
				if (!this.store.claimReminder(question, overdue, Instant.now())) {
					return false;
				}
				Post post = this.holders.post(question.post()).orElseThrow();
				LocalDate received = LocalDate.ofInstant(question.deliveredAt(), LeavingQuestions.AMSTERDAM);
				for (Addressee holder : to) {
					this.mailer.send(this.mails.reminder(holder, this.labels.of(post, holder.locale()), received,
							question.dueOn(), overdue, question.id()));
				}
				return true;
			}));
		}
		catch (RuntimeException failed) {
			log.warn("Reminder about question {} not sent: {}", question.id(), failed.getClass().getSimpleName());
			return false;
		}
	}

}
