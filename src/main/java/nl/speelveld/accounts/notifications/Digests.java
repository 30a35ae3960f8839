package nl.speelveld.accounts.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each person whose digest is due one mail with all their waiting notices. Per person, recording
 * the day's digest, marking the notices sent and handing the mail over are one transaction: when the mail
 * cannot be handed over, the notices wait for the next run; a retry or a second node finds the day's
 * digest recorded and the notices sent, and sends nothing again.
 */
@Service
public class Digests {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	/** What a run did: digests sent, the notices in them, and digests that could not be sent. */
	public record Run(int mails, int notices, int failed) {
	}

	private final NoticeStore store;

	private final DigestMail mail;

	private final Mailer mailer;

	private final Addressees addressees;

	private final TransactionTemplate transaction;

	Digests(NoticeStore store, DigestMail mail, Mailer mailer, Addressees addressees, TransactionTemplate transaction) {
		this.store = store;
		this.mail = mail;
		this.mailer = mailer;
		this.addressees = addressees;
		this.transaction = transaction;
	}

	/** The run of {@code today}: daily digests, and on Mondays the weekly ones as well. */
	public Run sendDue(LocalDate today) {
		Map<UserId, DigestCadence> due = this.store.recipientsDue(today);
		Map<UserId, Addressee> addresses = this.addressees.of(due.keySet());
		int mails = 0;
		int notices = 0;
		int failed = 0;
		for (UserId user : due.keySet()) {
			Addressee to = addresses.get(user);
			if (to == null || to.email() == null) {
				continue;
			}
			try {
				Integer sent = this.transaction.execute(status -> send(to, due.get(user), today, status));
				if (sent != null && sent > 0) {
					mails++;
					notices += sent;
				}
			}
			catch (RuntimeException notSent) {
				failed++;
				log.warn("Digest to {} not sent, its notices wait for the next run: {}", user, notSent.toString());
			}
		}
		log.info("Digests for {}: {} mails with {} notices; {} not sent", today, mails, notices, failed);
		return new Run(mails, notices, failed);
	}

	private int send(Addressee to, DigestCadence cadence, LocalDate today, TransactionStatus status) {
		if (!this.store.claimDigest(to.id(), today)) {
			return 0;
		}
		List<PendingNotice> notices = this.store.claimPending(to.id(), today, Instant.now());
		if (notices.isEmpty()) {
			// Another run took them meanwhile: no record of an empty digest.
			status.setRollbackOnly();
			return 0;
		}
		this.mailer.send(this.mail.compose(to, cadence, notices));
		return notices.size();
	}

}
