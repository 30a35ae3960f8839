package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.shared.mail.Links;
import nl.speelveld.shared.mail.Mail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a reminder, in the owner's language: the entries with the day each was last confirmed and
 * a link to change it, then one link that confirms them all, and what happens when nobody does.
 */
@Component
class ReminderMail {

	private final MessageSource messages;

	private final Links links;

	private final ReminderSchedule schedule;

	ReminderMail(MessageSource messages, Links links, ReminderSchedule schedule) {
		this.messages = messages;
		this.links = links;
		this.schedule = schedule;
	}

	Mail compose(Addressee owner, Round round, List<Entry> entries, String token, LocalDate validUntil, LocalDate today) {
		Locale locale = owner.locale();
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "mail.freshness.greeting", owner.name())).append("\n\n");
		body.append(text(locale, "mail.freshness.intro." + round.key(), String.valueOf(entries.size()))).append("\n\n");
		for (Entry entry : entries) {
			String name = entry.context().isBlank() ? entry.name()
					: text(locale, "mail.freshness.entry.at", entry.name(), entry.context());
			body.append(text(locale, "mail.freshness.entry", text(locale, "freshness.kind." + entry.kind().key()), name,
					date(entry.lastConfirmed(), locale)))
				.append('\n');
			body.append(text(locale, "mail.freshness.entry.edit", this.links.absolute(entry.editPath()))).append("\n\n");
		}
		LocalDate staleFrom = entries.stream()
			.map(entry -> this.schedule.staleFrom(entry.lastConfirmed()))
			.min(LocalDate::compareTo)
			.orElseThrow();
		body.append(text(locale, "mail.freshness.confirm", this.links.absolute(ConfirmationLinks.path(token)),
				date(validUntil, locale)))
			.append("\n\n");
		body.append(staleFrom.isAfter(today) ? text(locale, "mail.freshness.stale", date(staleFrom, locale))
				: text(locale, "mail.freshness.stale-already")).append("\n\n");
		body.append(text(locale, "mail.freshness.signature"));
		return new Mail(owner.email(), text(locale, "mail.freshness.subject." + round.key()), body.toString());
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String date(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
	}

}
