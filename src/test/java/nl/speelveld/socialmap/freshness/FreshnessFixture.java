package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Confirmation links for tests, made without sending mail, and a way to make a reminder look older. */
@Component
public class FreshnessFixture {

	private final EntryStore entries;

	private final ReminderStore reminders;

	private final JdbcClient jdbc;

	FreshnessFixture(EntryStore entries, ReminderStore reminders, JdbcClient jdbc) {
		this.entries = entries;
		this.reminders = reminders;
		this.jdbc = jdbc;
	}

	/** The token of a new link that confirms these entries, valid for two weeks. */
	public String linkToken(UUID owner, EntryKind kind, UUID... ids) {
		Map<Entry, Round> about = new LinkedHashMap<>();
		for (UUID id : ids) {
			about.put(this.entries.find(kind, id).orElseThrow(), Round.AGAIN);
		}
		String token = ConfirmationLinks.newToken();
		this.reminders.record(UUID.randomUUID(), owner, Round.AGAIN, ConfirmationLinks.hash(token), null,
				LocalDate.now().plusDays(14), about);
		return token;
	}

	/** Moves every reminder about the entry back in time, as if sent {@code days} ago, links expiring with it. */
	public void remindersSentDaysAgo(EntryKind kind, UUID id, int days) {
		this.jdbc.sql("""
				update smap_reminder set sent_at = sent_at - make_interval(days => :days),
				                         valid_until = valid_until - :days
				where id in (select reminder_id from smap_reminder_entry where entry_kind = :kind and entry_id = :id)""")
			.param("days", days)
			.param("kind", kind.key())
			.param("id", id)
			.update();
	}

}
