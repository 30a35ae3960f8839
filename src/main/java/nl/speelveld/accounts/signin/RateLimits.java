package nl.speelveld.accounts.signin;

import nl.speelveld.shared.ratelimit.RateLimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits against abuse, each written as hits/window ({@code 5/PT15M}). Wrong passwords count per account
 * and network address together, so that someone guessing from elsewhere cannot lock the real person out;
 * a second, daily tier makes the delays grow for a persistent guesser.
 */
@ConfigurationProperties("speelveld.rate-limits")
record RateLimits(@DefaultValue("30/PT15M") String signInPerIp, @DefaultValue("5/PT15M") String wrongPasswords,
		@DefaultValue("20/P1D") String wrongPasswordsPerDay, @DefaultValue("10/PT15M") String signInLinksPerIp,
		@DefaultValue("3/PT15M") String signInLinksPerEmail, @DefaultValue("120/PT1M") String writesPerIp,
		@DefaultValue("60/PT1M") String writesPerAccount) {

	RateLimit signInPerIpLimit() {
		return RateLimit.parse(this.signInPerIp);
	}

	RateLimit wrongPasswordsLimit() {
		return RateLimit.parse(this.wrongPasswords);
	}

	RateLimit wrongPasswordsPerDayLimit() {
		return RateLimit.parse(this.wrongPasswordsPerDay);
	}

	RateLimit signInLinksPerIpLimit() {
		return RateLimit.parse(this.signInLinksPerIp);
	}

	RateLimit signInLinksPerEmailLimit() {
		return RateLimit.parse(this.signInLinksPerEmail);
	}

	RateLimit writesPerIpLimit() {
		return RateLimit.parse(this.writesPerIp);
	}

	RateLimit writesPerAccountLimit() {
		return RateLimit.parse(this.writesPerAccount);
	}

}
