package nl.speelveld.socialmap.search;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Words are added to the vocabulary as texts are written, but not removed when a text changes, as that would
 * need a count per word on every write. Once a day the words that no document holds any more go, so that
 * suggestions keep pointing at something.
 */
@Configuration(proxyBeanMethods = false)
class VocabularyPruning {

	private static final Logger log = LoggerFactory.getLogger(VocabularyPruning.class);

	@Bean
	RecurringTask<Void> searchVocabularyPruningJob(Vocabulary vocabulary) {
		return Tasks.recurring("socialmap-search-words", FixedDelay.of(Duration.ofHours(24)))
			.execute((instance, context) -> log.info("Removed {} words from the search vocabulary", vocabulary.prune()));
	}

}
