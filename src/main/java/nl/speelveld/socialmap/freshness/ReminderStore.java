package nl.speelveld.socialmap.freshness;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders sent and the entries each was about; a reminder is found by the hash of its link's token. */
@Repository
class ReminderStore {

	/** A reminder as its link finds it. */
	record Reminder(UUID id, UUID owner, Round round, LocalDate validUntil, @Nullable Instant usedAt) {
	}

	/** One entry of a reminder, with the last-confirmed date the reminder was about. */
	record Item(EntryKind kind, UUID id, LocalDate confirmedAsOf) {
	}

	private final JdbcClient jdbc;

	ReminderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a reminder about {@code entries}, each in the round given; fails if one was sent in that round already. */
	void record(UUID id, UUID owner, Round round, String tokenHash, @Nullable UUID sentBy, LocalDate validUntil,
			Map<Entry, Round> entries) {
		this.jdbc.sql("""
				insert into smap_reminder (id, owner_id, round, token_hash, sent_by, valid_until)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, owner, round.key(), tokenHash, sentBy, validUntil)
			.update();
		entries.forEach((entry, entryRound) -> this.jdbc.sql("""
				insert into smap_reminder_entry (reminder_id, entry_kind, entry_id, confirmed_as_of, round)
				values (?, ?, ?, ?, ?)""")
			.params(id, entry.kind().key(), entry.id(), entry.lastConfirmed(), entryRound.key())
			.update());
	}

	Optional<Reminder> byTokenHash(String tokenHash) {
		return this.jdbc.sql("select id, owner_id, round, valid_until, used_at from smap_reminder where token_hash = ?")
			.param(tokenHash)
			.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					Round.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)), rs.getObject(4, LocalDate.class),
					instant(rs.getTimestamp(5))))
			.optional();
	}

	List<Item> items(UUID reminder) {
		return this.jdbc.sql("select entry_kind, entry_id, confirmed_as_of from smap_reminder_entry where reminder_id = ?")
			.param(reminder)
			.query((rs, n) -> new Item(EntryKind.fromKey(rs.getString(1)).orElseThrow(), rs.getObject(2, UUID.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** Marks the reminder's link as used; false when it was used already, by another request perhaps. */
	boolean use(UUID reminder) {
		return this.jdbc.sql("update smap_reminder set used_at = now() where id = ? and used_at is null")
			.param(reminder)
			.update() == 1;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
