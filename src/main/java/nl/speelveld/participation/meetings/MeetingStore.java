package nl.speelveld.participation.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes meetings and registrations. The count of registrations is kept on the meeting and raised
 * only while places are left, in one statement, so that two people taking the last place at once cannot
 * both get it.
 */
@Repository
public class MeetingStore {

	private static final String COLUMNS = """
			id, process_id, title, agenda, venue_name, venue_address, online_link, starts_at, ends_at, capacity,
			registered, report, reported_at""";

	private final JdbcClient jdbc;

	MeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Meeting> in(UUID process, UUID meeting) {
		return this.jdbc.sql("select " + COLUMNS + " from participation_meeting where id = ? and process_id = ?")
			.params(meeting, process)
			.query((rs, n) -> meeting(rs))
			.optional();
	}

	public Meeting get(UUID process, UUID meeting) {
		return in(process, meeting).orElseThrow(() -> new MeetingNotFound(meeting));
	}

	/** The meetings of a process in the order they take place. */
	public List<Meeting> ofProcess(UUID process) {
		return this.jdbc.sql("select " + COLUMNS + " from participation_meeting where process_id = ? order by starts_at, id")
			.param(process)
			.query((rs, n) -> meeting(rs))
			.list();
	}

	public boolean isRegistered(UUID meeting, UUID account) {
		return this.jdbc.sql("select count(*) from participation_meeting_registration where meeting_id = ? and account_id = ?")
			.params(meeting, account)
			.query(Integer.class)
			.single() > 0;
	}

	void add(Meeting meeting, @Nullable UUID by) {
		this.jdbc.sql("insert into participation_meeting (" + COLUMNS + ", created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, null, null, ?)")
			.params(meeting.id(), meeting.process(), meeting.title(), meeting.agenda(), meeting.venueName(),
					meeting.venueAddress(), meeting.onlineLink(), Timestamp.from(meeting.startsAt()),
					Timestamp.from(meeting.endsAt()), meeting.capacity(), by)
			.update();
	}

	/** Registers the person: REGISTERED, ALREADY (nothing changed) or FULL (nothing changed). */
	Registration register(UUID meeting, UUID account) {
		int added = this.jdbc.sql("""
				insert into participation_meeting_registration (meeting_id, account_id) values (?, ?)
				on conflict do nothing""")
			.params(meeting, account)
			.update();
		if (added == 0) {
			return Registration.ALREADY;
		}
		int counted = this.jdbc.sql("""
				update participation_meeting set registered = registered + 1
				where id = ? and (capacity is null or registered < capacity)""")
			.param(meeting)
			.update();
		return counted == 1 ? Registration.REGISTERED : Registration.FULL;
	}

	enum Registration {

		REGISTERED, ALREADY, FULL

	}

	boolean cancel(UUID meeting, UUID account) {
		int removed = this.jdbc.sql("delete from participation_meeting_registration where meeting_id = ? and account_id = ?")
			.params(meeting, account)
			.update();
		if (removed == 1) {
			this.jdbc.sql("update participation_meeting set registered = registered - 1 where id = ?").param(meeting).update();
		}
		return removed == 1;
	}

	/** Writes the report; true when it is published for the first time. */
	boolean report(UUID meeting, String report) {
		return this.jdbc.sql("""
				update participation_meeting set report = ?, reported_at = coalesce(reported_at, now())
				where id = ? returning reported_at = now() as first""")
			.params(report, meeting)
			.query(Boolean.class)
			.single();
	}

	List<UUID> registrants(UUID meeting) {
		return this.jdbc.sql("select account_id from participation_meeting_registration where meeting_id = ? order by registered_at")
			.param(meeting)
			.query(UUID.class)
			.list();
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		Object capacity = rs.getObject("capacity");
		return new Meeting(rs.getObject("id", UUID.class), rs.getObject("process_id", UUID.class), rs.getString("title"),
				rs.getString("agenda"), rs.getString("venue_name"), rs.getString("venue_address"),
				rs.getString("online_link"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				capacity == null ? null : ((Number) capacity).intValue(), rs.getInt("registered"), rs.getString("report"),
				instant(rs.getTimestamp("reported_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
