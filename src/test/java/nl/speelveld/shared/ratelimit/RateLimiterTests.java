package nl.speelveld.shared.ratelimit;

import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits count up to the limit within the window; looking at a key counts nothing and stores nothing. */
@SpeelveldTest
class RateLimiterTests {

	private static final RateLimit THREE = new RateLimit(3, Duration.ofMinutes(15));

	@Autowired
	RateLimiter limiter;

	@Autowired
	JdbcClient jdbc;

	@Test
	void lookingAtAnAddressNeverSeenStoresNothing() {
		String key = "test:" + UUID.randomUUID();

		var look = this.limiter.peek(key, THREE);

		assertThat(look.allowed()).isTrue();
		assertThat(look.hits()).isZero();
		assertThat(this.jdbc.sql("select count(*) from shared_rate_limit where key = ?").param(key).query(Integer.class).single())
			.isZero();
	}

	@Test
	void lookingShowsTheHitsSoFarWithoutAddingOne() {
		String key = "test:" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.limiter.hit(key, THREE);
		}

		assertThat(this.limiter.peek(key, THREE).hits()).isEqualTo(3);
		assertThat(this.limiter.peek(key, THREE).hits()).isEqualTo(3);
		var fourth = this.limiter.hit(key, THREE);
		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void hitsOfAnEndedWindowAreNotShown() {
		String key = "test:" + UUID.randomUUID();
		this.limiter.hit(key, THREE);
		this.jdbc.sql("update shared_rate_limit set window_start = now() - interval '16 minutes' where key = ?").param(key).update();

		assertThat(this.limiter.peek(key, THREE).hits()).isZero();
	}

}
