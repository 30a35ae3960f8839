package nl.speelveld.shared.scheduling;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.shared.ratelimit.RateLimiter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clears kept mail after its retention period, and rate-limit counters whose window has passed. */
@Configuration(proxyBeanMethods = false)
class SharedRetention {

	@Bean
	RecurringTask<Void> sharedRetentionJob(Outbox outbox, RateLimiter limiter,
			@Value("${speelveld.retention.outbox:P30D}") Duration outboxRetention) {
		return Tasks.recurring("shared-retention", FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
			outbox.removeOlderThan(outboxRetention);
			limiter.removeExpired(Duration.ofDays(2));
		});
	}

}
