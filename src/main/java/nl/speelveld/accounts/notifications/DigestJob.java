package nl.speelveld.accounts.notifications;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the digests once a day at a fixed morning hour, Amsterdam time, on one app node (db-scheduler
 * claims the run in PostgreSQL); a run missed while every node was down happens as soon as one is up.
 * Then forgets sent notices after their retention period.
 */
@Configuration(proxyBeanMethods = false)
class DigestJob {

	@Bean
	RecurringTask<Void> notificationDigestsJob(Digests digests, NoticeStore store,
			@Value("${speelveld.notifications.digest-hour:7}") int hour,
			@Value("${speelveld.retention.notices:P30D}") Duration retention) {
		return Tasks.recurring("notification-digests", new Daily(DigestMail.AMSTERDAM, LocalTime.of(hour, 0)))
			.execute((instance, context) -> {
				digests.sendDue(LocalDate.now(DigestMail.AMSTERDAM));
				store.removeSentBefore(retention);
			});
	}

}
