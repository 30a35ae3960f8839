package nl.speelveld.accounts.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.shared.mail.Links;
import nl.speelveld.shared.mail.Mail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a digest, in the recipient's language: the notices under a heading per topic, each with
 * when it happened and an absolute link, then how to get the digest less often or not at all.
 */
@Component
class DigestMail {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** Where a person changes how often they get the digest. */
	static final String PREFERENCE_PATH = "/account#meldingen-titel";

	private final MessageSource messages;

	private final Links links;

	DigestMail(MessageSource messages, Links links) {
		this.messages = messages;
		this.links = links;
	}

	Mail compose(Addressee to, DigestCadence cadence, List<PendingNotice> notices) {
		Locale locale = to.locale();
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(AMSTERDAM);
		Map<String, List<PendingNotice>> byTopic = new LinkedHashMap<>();
		notices.forEach(notice -> byTopic.computeIfAbsent(notice.topic(), topic -> new java.util.ArrayList<>()).add(notice));
		StringBuilder body = new StringBuilder();
		body.append(text(locale, "notifications.mail.greeting", to.name())).append("\n\n");
		body.append(text(locale, "notifications.mail.intro." + cadence.key(), notices.size())).append("\n\n");
		byTopic.forEach((topic, ofTopic) -> {
			body.append(text(locale, NoticeStore.topicHeading(topic))).append('\n');
			for (PendingNotice notice : ofTopic) {
				body.append(text(locale, "notifications.mail.notice", when.format(notice.at()),
						text(locale, notice.messageKey(), notice.arguments().toArray())))
					.append('\n');
				if (notice.link() != null) {
					body.append("  ").append(this.links.absolute(notice.link())).append('\n');
				}
			}
			body.append('\n');
		});
		body.append(text(locale, "notifications.mail.preference." + cadence.key(), this.links.absolute(PREFERENCE_PATH)))
			.append("\n\n");
		body.append(text(locale, "notifications.mail.signature"));
		return new Mail(to.email(), text(locale, "notifications.mail.subject." + cadence.key()), body.toString());
	}

	/** A message that went missing since the notice was kept shows as its key rather than stopping the digest. */
	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
