package nl.speelveld.initiatives.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Links;
import nl.speelveld.shared.mail.Mail;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gemeente promised an answer by a date: two days before it, and once it has passed, the guide is reminded
 * (before anyone took the initiative in: the professionals whose posts reach its place in the roles that take
 * initiatives in). Each reminder is claimed and mailed in one transaction, so two runs never send the same one.
 */
@Service
public class AnswerReminders {

	/** Days before the answer is due that the first reminder goes out. */
	static final int DAYS_AHEAD = 2;

	/** The roles that take residents' initiatives in, when nobody has yet. */
	public static final Set<String> INTAKE_ROLES = Set.of("ideeenmakelaar", "sociaal-makelaar", "scharrelambtenaar",
			"opbouwwerker", "dorpsondersteuner", "wijkcoordinator");

	private static final Logger log = LoggerFactory.getLogger(AnswerReminders.class);

	private final JdbcClient jdbc;

	private final InitiativeStore store;

	private final SocialMap socialMap;

	private final Addressees addressees;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Links links;

	private final TransactionTemplate transaction;

	AnswerReminders(JdbcClient jdbc, InitiativeStore store, SocialMap socialMap, Addressees addressees, Mailer mailer,
			MessageSource messages, Links links, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.store = store;
		this.socialMap = socialMap;
		this.addressees = addressees;
		this.mailer = mailer;
		this.messages = messages;
		this.links = links;
		this.transaction = transaction;
	}

	/** Sends the reminders due on {@code today}; returns how many initiatives someone was reminded of. */
	public int sendDue(LocalDate today) {
		List<UUID> due = this.jdbc.sql("""
				select id from initiative
				where status in ('submitted', 'intake', 'plan') and answer_due <= :soon
				  and (reminded_due_at is null or (reminded_overdue_at is null and answer_due < :today))
				order by answer_due""")
			.param("soon", today.plusDays(DAYS_AHEAD))
			.param("today", today)
			.query(UUID.class)
			.list();
		int sent = 0;
		for (UUID id : due) {
			Boolean reminded = this.transaction.execute(status -> remind(id, today));
			sent += Boolean.TRUE.equals(reminded) ? 1 : 0;
		}
		log.info("Initiative answer reminders for {}: {} sent", today, sent);
		return sent;
	}

	private boolean remind(UUID id, LocalDate today) {
		Initiative initiative = this.store.get(id);
		boolean late = initiative.answerDue() != null && initiative.answerDue().isBefore(today);
		// An overdue reminder also stands for a missed early one, so that nobody gets more than two.
		String set = late ? "reminded_overdue_at = :now, reminded_due_at = coalesce(reminded_due_at, :now)"
				: "reminded_due_at = :now";
		String unclaimed = late ? "reminded_overdue_at is null" : "reminded_due_at is null";
		int claimed = this.jdbc.sql("update initiative set " + set + " where id = :id and " + unclaimed)
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
		if (claimed == 0) {
			return false;
		}
		Collection<Addressee> to = recipients(initiative);
		to.forEach(addressee -> this.mailer.send(mail(addressee, initiative, late)));
		return !to.isEmpty();
	}

	private Collection<Addressee> recipients(Initiative initiative) {
		if (initiative.takenBy() != null) {
			return this.addressees.of(new UserId(initiative.takenBy())).stream().toList();
		}
		Set<UserId> owners = this.socialMap.postsReaching(initiative.area(), INTAKE_ROLES)
			.stream()
			.map(CoveringPost::post)
			.filter(post -> post.owner() != null)
			.map(post -> new UserId(post.owner()))
			.collect(Collectors.toSet());
		return this.addressees.of(owners).values();
	}

	private Mail mail(Addressee to, Initiative initiative, boolean late) {
		Locale locale = to.locale();
		String kind = late ? "overdue" : "due";
		String body = text(locale, "mail.initiative.reminder.hello", to.name()) + "\n\n"
				+ text(locale, "mail.initiative.reminder." + kind, initiative.title(),
						initiative.answerDue() == null ? "" : initiative.answerDue().toString())
				+ "\n\n" + this.links.absolute("/initiatieven/" + initiative.id()) + "\n\n"
				+ text(locale, "mail.initiative.reminder.signature");
		return new Mail(to.email(), text(locale, "mail.initiative.reminder." + kind + ".subject", initiative.title()),
				body);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
