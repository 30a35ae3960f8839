package nl.speelveld.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard against robots: a stamp made here passes after three seconds, and nothing else does. */
class FormGuardTests {

	private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");

	private final FormGuard guard = new FormGuard(() -> "geheim van deze installatie".getBytes(), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aFormSentAfterAFewSecondsWithAnEmptyHoneypotPasses() {
		assertThat(this.guard.check("", this.guard.stampOf(NOW.minusSeconds(4))).passed()).isTrue();
		assertThat(this.guard.check(null, this.guard.stampOf(NOW.minus(Duration.ofHours(11)))).passed()).isTrue();
	}

	@Test
	void aFilledHoneypotIsRefused() {
		assertThat(this.guard.check("https://spam.example", this.guard.stampOf(NOW.minusSeconds(60))).refusal())
			.isEqualTo("form-guard.refused.honeypot");
	}

	@Test
	void aFormSentWithinThreeSecondsIsRefused() {
		assertThat(this.guard.check("", this.guard.stampOf(NOW.minusMillis(2900))).refusal()).isEqualTo("form-guard.refused.too-fast");
		assertThat(this.guard.check("", this.guard.stamp()).refusal()).isEqualTo("form-guard.refused.too-fast");
	}

	@Test
	void aForgedMissingFutureOrExpiredStampIsRefused() {
		String stamp = this.guard.stampOf(NOW.minusSeconds(60));
		String earlier = Long.toString(NOW.minusSeconds(600).toEpochMilli()) + stamp.substring(stamp.indexOf('.'));
		FormGuard elsewhere = new FormGuard(() -> "een ander geheim".getBytes(), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(this.guard.check("", earlier).refusal()).as("another moment under the same signature").isEqualTo("form-guard.refused.stamp");
		assertThat(this.guard.check("", elsewhere.stampOf(NOW.minusSeconds(60))).refusal()).as("another installation's stamp")
			.isEqualTo("form-guard.refused.stamp");
		assertThat(this.guard.check("", null).refusal()).isEqualTo("form-guard.refused.stamp");
		assertThat(this.guard.check("", "nonsense").refusal()).isEqualTo("form-guard.refused.stamp");
		assertThat(this.guard.check("", this.guard.stampOf(NOW.plusSeconds(60))).refusal()).isEqualTo("form-guard.refused.stamp");
		assertThat(this.guard.check("", this.guard.stampOf(NOW.minus(Duration.ofHours(13)))).refusal())
			.isEqualTo("form-guard.refused.stamp");
	}

}
