package nl.speelveld.shared.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mail kept in the database instead of sent; also what the retention job trims. */
@Repository
public class Outbox {

	/** One kept mail. */
	public record Message(UUID id, Instant createdAt, String recipient, String subject, String body) {
	}

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(Mail mail) {
		this.jdbc.sql("insert into shared_outbox (id, recipient, subject, body) values (?, ?, ?, ?)")
			.params(UUID.randomUUID(), mail.to(), mail.subject(), mail.body())
			.update();
	}

	public List<Message> newest(int limit) {
		return this.jdbc.sql("select id, created_at, recipient, subject, body from shared_outbox order by created_at desc limit ?")
			.param(limit)
			.query((rs, n) -> new Message(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	public int removeOlderThan(Duration age) {
		return this.jdbc.sql("delete from shared_outbox where created_at < now() - ?::interval")
			.param(age.toSeconds() + " seconds")
			.update();
	}

	/** Removes every kept mail to this address; part of erasing a person's data. */
	public int removeTo(String recipient) {
		return this.jdbc.sql("delete from shared_outbox where lower(recipient) = lower(?)").param(recipient).update();
	}

}
