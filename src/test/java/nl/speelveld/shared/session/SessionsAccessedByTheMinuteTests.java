package nl.speelveld.shared.session;

import java.time.Duration;
import java.time.Instant;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's last access is saved at most once a minute, and everything else about it as it comes: an attribute,
 * a new id, the timeout.
 */
@SpeelveldTest
class SessionsAccessedByTheMinuteTests {

	@Autowired
	SessionsAccessedByTheMinute sessions;

	@Autowired
	JdbcClient jdbc;

	private String id;

	private Instant created;

	@BeforeEach
	void aStoredSession() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		this.id = session.getId();
		this.created = storedLastAccess();
	}

	@Test
	void anAccessWithinTheMinuteIsNotSavedOneAMinuteLaterIs() {
		access(this.created.plusSeconds(59));
		assertThat(storedLastAccess()).isEqualTo(this.created);

		access(this.created.plusSeconds(60));
		assertThat(storedLastAccess()).isEqualTo(this.created.plusSeconds(60));
		assertThat(this.sessions.findById(this.id).getLastAccessedTime()).isEqualTo(this.created.plusSeconds(60));
	}

	@Test
	void anAttributeIsSavedWithinTheMinute() {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(this.created.plusSeconds(1));
		session.setAttribute("stembiljet", "9f2c");
		this.sessions.save(session);

		assertThat(this.sessions.findById(this.id).<String>getAttribute("stembiljet")).isEqualTo("9f2c");
		assertThat(storedLastAccess()).isEqualTo(this.created);
	}

	@Test
	void aNewIdAndATimeoutAreSavedWithinTheMinute() {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(this.created.plusSeconds(1));
		String renewed = session.changeSessionId();
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		this.sessions.save(session);

		assertThat(this.sessions.findById(this.id)).isNull();
		assertThat(this.sessions.findById(renewed).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aSessionIsKeptForEightIdleHours() {
		idleFor(Duration.ofHours(8).minusMinutes(1));
		assertThat(this.sessions.findById(this.id)).isNotNull();

		idleFor(Duration.ofHours(8).plusSeconds(1));
		assertThat(this.sessions.findById(this.id)).isNull();
	}

	private void idleFor(Duration idle) {
		this.jdbc.sql("update spring_session set last_access_time = ? where session_id = ?")
			.params(Instant.now().minus(idle).toEpochMilli(), this.id)
			.update();
	}

	private void access(Instant at) {
		Session session = this.sessions.findById(this.id);
		session.setLastAccessedTime(at);
		this.sessions.save(session);
	}

	private Instant storedLastAccess() {
		return Instant.ofEpochMilli(this.jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(this.id)
			.query(Long.class)
			.single());
	}

}
