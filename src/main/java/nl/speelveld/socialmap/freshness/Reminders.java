package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails owners about their entries that are due for confirmation: one mail per owner with all their
 * entries that need a reminder today, each entry at most once per round. A mail and its record are one
 * transaction per owner, so a failure for one owner neither stops the others nor leaves a reminder
 * recorded that was never sent.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	/** What a run did: mails sent, entries they were about, and owners who could not be written to. */
	public record Run(int mails, int entries, int unreachableOwners) {
	}

	private final EntryStore entries;

	private final ReminderStore reminders;

	private final ReminderSchedule schedule;

	private final ReminderMail mail;

	private final Mailer mailer;

	private final Addressees addressees;

	private final TransactionTemplate transaction;

	Reminders(EntryStore entries, ReminderStore reminders, ReminderSchedule schedule, ReminderMail mail, Mailer mailer,
			Addressees addressees, TransactionTemplate transaction) {
		this.entries = entries;
		this.reminders = reminders;
		this.schedule = schedule;
		this.mail = mail;
		this.mailer = mailer;
		this.addressees = addressees;
		this.transaction = transaction;
	}

	/**
	 * The daily run: mails the owners of entries that need their first or second reminder on
	 * {@code today}. The mail lists every entry of the owner that is due, so that one link confirms all.
	 */
	public Run sendDue(LocalDate today) {
		Map<UUID, Map<Entry, Round>> byOwner = new LinkedHashMap<>();
		for (Entry entry : this.entries.owned(this.schedule.dueIfConfirmedBy(today), today)) {
			if (this.schedule.isDue(entry.lastConfirmed(), today)) {
				Round round = this.schedule.roundDue(entry.lastConfirmed(), entry.reminded(), today).orElse(Round.ALONG);
				byOwner.computeIfAbsent(entry.owner(), owner -> new LinkedHashMap<>()).put(entry, round);
			}
		}
		int mails = 0;
		int reminded = 0;
		int unreachable = 0;
		for (var owner : byOwner.entrySet()) {
			Map<Entry, Round> due = owner.getValue();
			if (due.values().stream().allMatch(Round.ALONG::equals)) {
				continue;
			}
			Optional<Addressee> addressee = this.addressees.of(new UserId(owner.getKey()));
			if (addressee.isEmpty()) {
				unreachable++;
				continue;
			}
			Round round = due.containsValue(Round.SECOND) ? Round.SECOND : Round.FIRST;
			if (send(addressee.get(), round, due, null, today)) {
				mails++;
				reminded += due.size();
			}
		}
		log.info("Social-map reminders for {}: {} mails about {} entries; {} owners without an address", today, mails,
				reminded, unreachable);
		return new Run(mails, reminded, unreachable);
	}

	/**
	 * A reminder about one entry, asked for by a coordinator; false when its owner has no address (an
	 * erased account, say).
	 */
	boolean sendAgain(Entry entry, UUID owner, UserId coordinator, LocalDate today) {
		return this.addressees.of(new UserId(owner))
			.map(addressee -> send(addressee, Round.AGAIN, Map.of(entry, Round.AGAIN), coordinator.value(), today))
			.orElse(false);
	}

	private boolean send(Addressee owner, Round round, Map<Entry, Round> due, @Nullable UUID sentBy, LocalDate today) {
		List<Entry> about = new ArrayList<>(due.keySet());
		LocalDate latest = about.stream().map(Entry::lastConfirmed).max(LocalDate::compareTo).orElseThrow();
		LocalDate validUntil = this.schedule.linkValidUntil(latest, today);
		String token = ConfirmationLinks.newToken();
		try {
			this.transaction.executeWithoutResult(status -> {
				this.reminders.record(UUID.randomUUID(), owner.id().value(), round, ConfirmationLinks.hash(token), sentBy,
						validUntil, due);
				this.mailer.send(this.mail.compose(owner, round, about, token, validUntil, today));
			});
			return true;
		}
		catch (DuplicateKeyException sentMeanwhile) {
			log.info("Reminder to {} skipped: another run sent it", owner.id());
			return false;
		}
		catch (RuntimeException failed) {
			log.warn("Reminder to {} about {} entries not sent: {}", owner.id(), about.size(), failed.toString());
			return false;
		}
	}

}
