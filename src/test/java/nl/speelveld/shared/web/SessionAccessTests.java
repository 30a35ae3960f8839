package nl.speelveld.shared.web;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access is written at most once a minute (V30), and everything else about it as it comes:
 * a new id, the signed-in person, an expiry set on its own.
 */
@SpeelveldTest
class SessionAccessTests {

	private static final long START = 1_800_000_000_000L;

	private static final int TIMEOUT = 8 * 3600;

	@Autowired
	JdbcClient jdbc;

	private final String id = UUID.randomUUID().toString();

	@BeforeEach
	void aSession() {
		this.jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval,
					expiry_time) values (?, ?, ?, ?, ?, ?)""")
			.params(this.id, UUID.randomUUID().toString(), START, START, TIMEOUT, START + TIMEOUT * 1000L)
			.update();
	}

	@Test
	void anAccessWithinTheMinuteIsNotWrittenOneAfterItIs() {
		access(START + 59_000);
		assertThat(lastAccess()).isEqualTo(START);

		access(START + 60_000);
		assertThat(lastAccess()).isEqualTo(START + 60_000);
	}

	@Test
	void aNewIdOrPersonIsWrittenWithTheAccessHoweverSoon() {
		String renewed = UUID.randomUUID().toString();
		this.jdbc.sql("update spring_session set session_id = ?, last_access_time = ?, expiry_time = ? where primary_id = ?")
			.params(renewed, START + 1_000, START + 1_000 + TIMEOUT * 1000L, this.id)
			.update();
		assertThat(this.jdbc.sql("select session_id from spring_session where primary_id = ?").param(this.id)
			.query(String.class).single()).isEqualTo(renewed);
		assertThat(lastAccess()).isEqualTo(START + 1_000);

		this.jdbc.sql("update spring_session set principal_name = 'bewoner@example.nl', last_access_time = ? where primary_id = ?")
			.params(START + 2_000, this.id)
			.update();
		assertThat(this.jdbc.sql("select principal_name from spring_session where primary_id = ?").param(this.id)
			.query(String.class).single()).isEqualTo("bewoner@example.nl");
	}

	@Test
	void anExpirySetOnItsOwnIsWritten() {
		this.jdbc.sql("update spring_session set expiry_time = ? where primary_id = ?").params(START, this.id).update();

		assertThat(this.jdbc.sql("select expiry_time from spring_session where primary_id = ?").param(this.id)
			.query(Long.class).single()).isEqualTo(START);
	}

	private void access(long at) {
		this.jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? where primary_id = ?")
			.params(at, at + TIMEOUT * 1000L, this.id)
			.update();
	}

	private long lastAccess() {
		return this.jdbc.sql("select last_access_time from spring_session where primary_id = ?").param(this.id)
			.query(Long.class)
			.single();
	}

}
