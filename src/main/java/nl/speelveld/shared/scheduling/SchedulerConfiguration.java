package nl.speelveld.shared.scheduling;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the modules' recurring jobs (retention, clean-up) through db-scheduler: each run is claimed in
 * PostgreSQL, so a job runs on one app node at a time, and a node that dies mid-run is noticed. Only
 * servers run jobs; a command-line import does not.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SchedulerConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> jobs,
			@Value("${speelveld.scheduler.threads:2}") int threads) {
		return Scheduler.create(dataSource)
			.startTasks(jobs)
			.threads(threads)
			.build();
	}

}
