package nl.speelveld.accounts.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices waiting for a digest, the digests sent, and each person's cadence. */
@Repository
public class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The message that heads the notices of a topic in the digest. */
	public static String topicHeading(String topic) {
		return "notifications.topic." + topic;
	}

	/**
	 * One statement, in the caller's transaction: the account must exist, not be erased, and want digests.
	 */
	public void keep(UserId recipient, Notice notice) {
		this.jdbc.sql("""
				insert into acc_notice (id, recipient_id, topic, message_key, arguments, link, occurred_at)
				select ?, u.id, ?, ?, ?, ?, ? from acc_user u
				where u.id = ? and u.erased_at is null and not exists
				  (select 1 from acc_notice_preference p where p.user_id = u.id and p.cadence = 'none')""")
			.params(UUID.randomUUID(), notice.topic(), notice.messageKey(), notice.arguments().toArray(String[]::new),
					notice.link(), Timestamp.from(notice.at()), recipient.value())
			.update();
	}

	public DigestCadence cadence(UserId user) {
		return this.jdbc.sql("select cadence from acc_notice_preference where user_id = ?")
			.param(user.value())
			.query(String.class)
			.optional()
			.flatMap(DigestCadence::fromKey)
			.orElse(DigestCadence.DAILY);
	}

	/** Someone who wants no digest has no notices waiting either: those are dropped with the choice. */
	public void setCadence(UserId user, DigestCadence cadence) {
		this.jdbc.sql("""
				insert into acc_notice_preference (user_id, cadence) values (?, ?)
				on conflict (user_id) do update set cadence = excluded.cadence, changed_at = now()""")
			.params(user.value(), cadence.key())
			.update();
		if (cadence == DigestCadence.NONE) {
			this.jdbc.sql("delete from acc_notice where recipient_id = ? and sent_at is null").param(user.value()).update();
		}
	}

	/** The people with notices waiting whose digest goes out on {@code day}, with their cadence. */
	Map<UserId, DigestCadence> recipientsDue(LocalDate day) {
		String[] cadences = Arrays.stream(DigestCadence.values()).filter(c -> c.isDue(day)).map(DigestCadence::key)
			.toArray(String[]::new);
		Map<UserId, DigestCadence> due = new LinkedHashMap<>();
		this.jdbc.sql("""
				select distinct n.recipient_id, coalesce(p.cadence, 'daily') from acc_notice n
				left join acc_notice_preference p on p.user_id = n.recipient_id
				where n.sent_at is null and coalesce(p.cadence, 'daily') = any(?)""")
			.param(cadences)
			.query((rs, row) -> due.put(new UserId(rs.getObject(1, UUID.class)),
					DigestCadence.fromKey(rs.getString(2)).orElseThrow()))
			.list();
		return due;
	}

	/** Records the day's digest; false when the person already had one that day (a retry, another node). */
	boolean claimDigest(UserId user, LocalDate day) {
		return this.jdbc.sql("insert into acc_digest (user_id, sent_on, notices) values (?, ?, 0) on conflict do nothing")
			.params(user.value(), day)
			.update() == 1;
	}

	/**
	 * Marks the person's waiting notices sent and returns them, oldest first. A concurrent transaction that
	 * claimed them first wins: this one then finds them sent and gets none.
	 */
	List<PendingNotice> claimPending(UserId user, LocalDate day, Instant now) {
		List<PendingNotice> claimed = this.jdbc.sql("""
				update acc_notice set sent_at = ? where recipient_id = ? and sent_at is null
				returning topic, message_key, arguments, link, occurred_at""")
			.params(Timestamp.from(now), user.value())
			.query(NoticeStore::pending)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(PendingNotice::at))
			.toList();
		this.jdbc.sql("update acc_digest set notices = ? where user_id = ? and sent_on = ?")
			.params(claimed.size(), user.value(), day)
			.update();
		return claimed;
	}

	/** Retention: sent notices and the record of digests, after {@code age}. */
	int removeSentBefore(Duration age) {
		String interval = age.toSeconds() + " seconds";
		int notices = this.jdbc.sql("delete from acc_notice where sent_at < now() - cast(? as interval)").param(interval).update();
		this.jdbc.sql("delete from acc_digest where sent_on < (now() - cast(? as interval))::date").param(interval).update();
		return notices;
	}

	private static PendingNotice pending(ResultSet rs, int row) throws SQLException {
		String[] arguments = (String[]) rs.getArray(3).getArray();
		return new PendingNotice(rs.getString(1), rs.getString(2), List.of(arguments), rs.getString(4),
				rs.getTimestamp(5).toInstant());
	}

}
