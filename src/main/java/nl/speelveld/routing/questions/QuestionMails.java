package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.routing.QuestionOutcome;
import nl.speelveld.shared.mail.Links;
import nl.speelveld.shared.mail.Mail;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about questions, in the reader's language. Residents hear when to confirm, when they got an
 * answer, who took over and why, and how it ended, each time with the link to their status page.
 * Professionals hear that a question waits in their inbox, never what it says: mail is no place for it.
 */
@Component
class QuestionMails {

	private final MessageSource messages;

	private final Links links;

	QuestionMails(MessageSource messages, Links links) {
		this.messages = messages;
		this.links = links;
	}

	Mail confirm(String email, Locale locale, PostLabel to, String token, long validHours) {
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.question.hello")).append("\n\n");
		body.append(text(locale, "mail.question.confirm.intro", to.name(), to.roleName(), to.organisationName()))
			.append("\n\n");
		body.append(text(locale, "mail.question.confirm.link", to.name())).append('\n');
		body.append(this.links.absolute(QuestionLinks.path(token))).append("\n\n");
		body.append(text(locale, "mail.question.confirm.valid", String.valueOf(validHours))).append("\n\n");
		body.append(text(locale, "mail.question.confirm.status")).append("\n\n");
		body.append(text(locale, "mail.question.confirm.not-you")).append("\n\n");
		body.append(text(locale, "mail.question.signature"));
		return new Mail(email, text(locale, "mail.question.confirm.subject", to.name()), body.toString());
	}

	Mail answered(String email, Locale locale, PostLabel by, String answer, String token) {
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.question.hello")).append("\n\n");
		body.append(text(locale, "mail.question.answered.intro", by.name(), by.roleName(), by.organisationName()))
			.append("\n\n");
		body.append(answer.strip()).append("\n\n");
		appendContact(body, locale, by);
		appendStatus(body, locale, token);
		return new Mail(email, text(locale, "mail.question.answered.subject", by.name()), body.toString());
	}

	Mail handedOff(String email, Locale locale, PostLabel from, PostLabel to, String note, String token) {
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.question.hello")).append("\n\n");
		body.append(text(locale, "mail.question.handed-off.intro", from.name(), to.name(), to.roleName(),
				to.organisationName()))
			.append("\n\n");
		body.append(text(locale, "mail.question.handed-off.why", from.name())).append('\n');
		body.append(note.strip()).append("\n\n");
		body.append(text(locale, "mail.question.handed-off.next", to.name())).append("\n\n");
		appendStatus(body, locale, token);
		return new Mail(email, text(locale, "mail.question.handed-off.subject", to.name()), body.toString());
	}

	Mail closed(String email, Locale locale, PostLabel by, QuestionOutcome outcome, @Nullable String note,
			LocalDate deletedAfter, String token) {
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.question.hello")).append("\n\n");
		body.append(text(locale, "mail.question.closed.intro", by.name(), by.roleName(), by.organisationName()))
			.append("\n\n");
		body.append(text(locale, "question.outcome.resident." + outcome.key())).append("\n\n");
		if (note != null && !note.isBlank()) {
			body.append(text(locale, "mail.question.closed.note", by.name())).append('\n');
			body.append(note.strip()).append("\n\n");
		}
		body.append(text(locale, "mail.question.closed.retention", date(deletedAfter, locale))).append("\n\n");
		appendStatus(body, locale, token);
		return new Mail(email, text(locale, "mail.question.closed.subject"), body.toString());
	}

	/** To a holder of the post that now has the question; {@code from} is the post that handed it on, if any. */
	Mail arrived(Addressee holder, PostLabel post, @Nullable PostLabel from, LocalDate dueOn, java.util.UUID question) {
		Locale locale = holder.locale();
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.inbox.greeting", holder.name())).append("\n\n");
		body.append(from == null ? text(locale, "mail.inbox.arrived.intro", post.title(), post.roleName())
				: text(locale, "mail.inbox.arrived.handed-off", from.name(), from.roleName(), post.title(), post.roleName()))
			.append("\n\n");
		body.append(text(locale, "mail.inbox.due", date(dueOn, locale))).append("\n\n");
		body.append(text(locale, "mail.inbox.open")).append('\n');
		body.append(this.links.absolute("/inbox/" + question)).append("\n\n");
		body.append(text(locale, "mail.inbox.private")).append("\n\n");
		body.append(text(locale, "mail.question.signature"));
		return new Mail(holder.email(), text(locale, "mail.inbox.arrived.subject"), body.toString());
	}

	/** A reminder to a holder: the response is due today, or it is overdue. */
	Mail reminder(Addressee holder, PostLabel post, LocalDate receivedOn, LocalDate dueOn, boolean overdue,
			java.util.UUID question) {
		Locale locale = holder.locale();
		String kind = overdue ? "overdue" : "due";
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.inbox.greeting", holder.name())).append("\n\n");
		body.append(text(locale, "mail.inbox.reminder." + kind, post.title(), post.roleName(), date(receivedOn, locale),
				date(dueOn, locale)))
			.append("\n\n");
		body.append(text(locale, "mail.inbox.open")).append('\n');
		body.append(this.links.absolute("/inbox/" + question)).append("\n\n");
		body.append(text(locale, "mail.inbox.reminder.last-" + kind)).append("\n\n");
		body.append(text(locale, "mail.question.signature"));
		return new Mail(holder.email(), text(locale, "mail.inbox.reminder." + kind + ".subject"), body.toString());
	}

	private void appendContact(StringBuilder body, Locale locale, PostLabel by) {
		if (by.contact() == null) {
			return;
		}
		if (by.contact().email() != null) {
			body.append(text(locale, "mail.question.contact.email", by.name(), by.contact().email())).append('\n');
		}
		if (by.contact().phone() != null) {
			body.append(text(locale, "mail.question.contact.phone", by.name(), by.contact().phone())).append('\n');
		}
		body.append('\n');
	}

	private void appendStatus(StringBuilder body, Locale locale, String token) {
		body.append(text(locale, "mail.question.status")).append('\n');
		body.append(this.links.absolute(QuestionLinks.path(token))).append("\n\n");
		body.append(text(locale, "mail.question.signature"));
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
