package nl.speelveld.socialmap.freshness;

import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends the reminders once a day, in the morning, on one app node (db-scheduler claims the run in
 * PostgreSQL). A run missed while every node was down happens as soon as one is up again.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

	@Bean
	RecurringTask<Void> socialMapRemindersJob(Reminders reminders,
			@Value("${speelveld.social-map.reminder-time:07:00}") LocalTime at) {
		return Tasks.recurring("social-map-reminders", new Daily(EntryStore.AMSTERDAM, at))
			.execute((instance, context) -> reminders.sendDue(LocalDate.now(EntryStore.AMSTERDAM)));
	}

}
