package nl.speelveld.routing.questions;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;

import nl.speelveld.shared.ratelimit.RateLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for questions left with professionals. {@code retention}: how long after closing a question its
 * texts and the resident's address are kept (the consent text states it). {@code unverifiedFor}: how long a
 * question waits for the resident to confirm it. {@code responseDays}: the working days for a first response,
 * unless an organisation has its own term. Limits are written as hits/window ({@code 5/PT1H}).
 */
@ConfigurationProperties("speelveld.wegwijzer")
public record QuestionSettings(@DefaultValue("P6M") Period retention, @DefaultValue("PT48H") Duration unverifiedFor,
		@DefaultValue("3") int responseDays, @DefaultValue("08:00") LocalTime reminderTime,
		@DefaultValue("5/PT1H") String questionsPerClient, @DefaultValue("3/P1D") String questionsPerEmail) {

	public QuestionSettings {
		if (responseDays < 1 || responseDays > ResponseTerms.MOST_DAYS) {
			throw new IllegalArgumentException("speelveld.wegwijzer.response-days lies between 1 and " + ResponseTerms.MOST_DAYS);
		}
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("speelveld.wegwijzer.retention must be a positive period such as P6M");
		}
		RateLimit.parse(questionsPerClient);
		RateLimit.parse(questionsPerEmail);
	}

	RateLimit perClient() {
		return RateLimit.parse(this.questionsPerClient);
	}

	RateLimit perEmail() {
		return RateLimit.parse(this.questionsPerEmail);
	}

}
