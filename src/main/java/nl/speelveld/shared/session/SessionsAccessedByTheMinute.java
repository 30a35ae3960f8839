package nl.speelveld.shared.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The stored sessions, with a last access that moves at most once a minute. Spring Session moves a session's last
 * access at every request, and saving that move was an update of the session's row, in a transaction of its own,
 * at the end of every request: a voter's four requests made three of them that said nothing an eight-hour idle
 * timeout needs. A request that changes nothing else now saves nothing. A new session id, an attribute, the
 * timeout are saved as they come. A session may so expire up to a minute before its idle timeout.
 */
final class SessionsAccessedByTheMinute implements FindByIndexNameSessionRepository<Session> {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	private final Store<?> stored;

	private SessionsAccessedByTheMinute(Store<?> stored) {
		this.stored = stored;
	}

	/** Spring Session's stores keep their own kind of session; this takes any. */
	static <S extends Session> SessionsAccessedByTheMinute of(FindByIndexNameSessionRepository<S> stored) {
		return new SessionsAccessedByTheMinute(new Store<>(stored));
	}

	@Override
	public Session createSession() {
		return this.stored.create();
	}

	@Override
	public void save(Session session) {
		this.stored.save(session);
	}

	@Override
	public @Nullable Session findById(String id) {
		return this.stored.find(id);
	}

	@Override
	public void deleteById(String id) {
		this.stored.sessions.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return Collections.unmodifiableMap(this.stored.sessions.findByIndexNameAndIndexValue(indexName, indexValue));
	}

	/** The store with its own kind of session, which only it takes back. */
	private record Store<S extends Session>(FindByIndexNameSessionRepository<S> sessions) {

		Session create() {
			return new Accessed<>(this.sessions.createSession());
		}

		@Nullable Session find(String id) {
			S found = this.sessions.findById(id);
			return found == null ? null : new Accessed<>(found);
		}

		@SuppressWarnings("unchecked") // sessions come from this store: found, created or listed by index
		void save(Session session) {
			this.sessions.save(session instanceof Accessed<?> accessed ? (S) accessed.stored : (S) session);
		}

	}

	/** A stored session whose last access moves only a minute or more at a time. */
	private record Accessed<S extends Session>(S stored) implements Session {

		@Override
		public void setLastAccessedTime(Instant at) {
			Instant last = this.stored.getLastAccessedTime();
			if (at.isBefore(last) || Duration.between(last, at).compareTo(MINUTE) >= 0) {
				this.stored.setLastAccessedTime(at);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String name) {
			return this.stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			this.stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.stored.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
