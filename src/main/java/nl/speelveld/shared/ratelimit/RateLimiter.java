package nl.speelveld.shared.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts hits per key in PostgreSQL, so that every app node enforces the same limits. A window opens at
 * the first hit and lasts its full length, so hits cannot be doubled by straddling a clock boundary. One
 * upsert per counted request: only sign-ins, sign-in links and writes are counted.
 */
@Component
public class RateLimiter {

	/** Whether the hit may go ahead, and if not, how long until the window ends. */
	public record Decision(boolean allowed, int hits, Duration retryAfter) {
	}

	private final JdbcClient jdbc;

	RateLimiter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a hit for {@code key} and says whether it stays within the limit. */
	public Decision hit(String key, RateLimit limit) {
		return count(key, limit, 1);
	}

	/** How the key stands, without counting a hit. */
	public Decision peek(String key, RateLimit limit) {
		// a read, not the counting upsert with nothing added: that wrote a row for every address that only
		// looked, and waited for it to reach the disk
		return this.jdbc.sql("""
				select hits, window_start from shared_rate_limit
				where key = :key and window_start + cast(:window as interval) > now()""")
			.param("key", key)
			.param("window", window(limit))
			.query((rs, n) -> decision(limit, rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(new Decision(true, 0, Duration.ZERO));
	}

	/** Forgets the hits of the current window, e.g. failed sign-ins after a successful one. */
	public void reset(String key) {
		this.jdbc.sql("delete from shared_rate_limit where key = ?").param(key).update();
	}

	public int removeExpired(Duration longestWindow) {
		return this.jdbc.sql("delete from shared_rate_limit where window_start < now() - ?::interval")
			.param(longestWindow.toSeconds() + " seconds")
			.update();
	}

	private Decision count(String key, RateLimit limit, int add) {
		return this.jdbc.sql("""
				insert into shared_rate_limit as r (key, window_start, hits) values (:key, now(), :add)
				on conflict (key) do update set
				  window_start = case when r.window_start + cast(:window as interval) <= now() then now() else r.window_start end,
				  hits = case when r.window_start + cast(:window as interval) <= now() then :add else r.hits + :add end
				returning hits, window_start""")
			.param("key", key)
			.param("window", window(limit))
			.param("add", add)
			.query((rs, n) -> decision(limit, rs.getInt(1), rs.getTimestamp(2).toInstant()))
			.single();
	}

	private static String window(RateLimit limit) {
		return limit.window().toMillis() + " milliseconds";
	}

	private static Decision decision(RateLimit limit, int hits, Instant windowStart) {
		Duration left = Duration.between(Instant.now(), windowStart.plus(limit.window()));
		return new Decision(hits <= limit.hits(), hits, left.isNegative() ? Duration.ZERO : left);
	}

}
