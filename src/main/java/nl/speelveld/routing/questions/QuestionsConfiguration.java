package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import nl.speelveld.shared.ratelimit.RateLimiter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits on leaving questions, and the two jobs (each run on one app node, claimed in PostgreSQL): the
 * reminders to professionals every morning, and the deletion of what is past its retention every hour.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuestionSettings.class)
class QuestionsConfiguration {

	@Bean
	QuestionLimits questionLimits(RateLimiter limiter, QuestionSettings settings) {
		return new QuestionLimits(limiter, settings.perClient(), settings.perEmail());
	}

	@Bean
	RecurringTask<Void> wegwijzerRemindersJob(QuestionReminders reminders, QuestionSettings settings) {
		return Tasks.recurring("wegwijzer-reminders", new Daily(LeavingQuestions.AMSTERDAM, settings.reminderTime()))
			.execute((instance, context) -> reminders.sendDue(LocalDate.now(LeavingQuestions.AMSTERDAM)));
	}

	@Bean
	RecurringTask<Void> wegwijzerRetentionJob(QuestionRetention retention) {
		return Tasks.recurring("wegwijzer-retention", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> retention.run(Instant.now()));
	}

}
