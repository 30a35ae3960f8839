package nl.speelveld.initiatives.lifecycle;

import java.time.LocalDate;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily reminders of answers the gemeente owes to initiatives, run on one app node (claimed in PostgreSQL). */
@Configuration(proxyBeanMethods = false)
class InitiativesConfiguration {

	@Bean
	RecurringTask<Void> initiativeRemindersJob(AnswerReminders reminders,
			@Value("${speelveld.initiatives.reminder-time:08:00}") LocalTime at) {
		return Tasks.recurring("initiative-answer-reminders", new Daily(Moves.AMSTERDAM, at))
			.execute((instance, context) -> reminders.sendDue(LocalDate.now(Moves.AMSTERDAM)));
	}

}
