package nl.speelveld.accounts.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B: length and blocklists, no composition rules. */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithoutDigitsOrCapitals() {
		assertThat(this.policy.check("de kat zit graag op de vensterbank", "sam@example.org", "Sam de Vries")).isEmpty();
		assertThat(this.policy.check("ŝŭĉĵ ĥ ĝ žluťoučký kůň úpěl", null, null)).as("any characters").isEmpty();
	}

	@Test
	void refusesPasswordsShorterThanFifteenCharacters() {
		assertThat(this.policy.check("Kort!Wachtw00rd", null, null)).isEmpty();
		assertThat(this.policy.check("Kort!Wachtw00r", null, null)).contains("password.too-short");
	}

	@Test
	void refusesVeryLongPasswords() {
		assertThat(this.policy.check("x".repeat(64) + "y".repeat(65), null, null)).contains("password.too-long");
	}

	@Test
	void refusesCommonAndLeakedPasswords() {
		assertThat(this.policy.check("qwertyuiopasdfghjkl", null, null)).isPresent();
		assertThat(this.policy.check("1234567890123456", null, null)).isPresent();
		assertThat(this.policy.check("passwordpassword", null, null)).isPresent();
		assertThat(this.policy.check("1qaz2wsx3edc4rfv", null, null)).contains("password.common");
		assertThat(this.policy.check("1QAZ2WSX3edc4rfv", null, null)).as("in any letter case").contains("password.common");
	}

	@Test
	void refusesPasswordsWithThePersonsOwnNameOrAddress() {
		assertThat(this.policy.check("sam.devries.heeft.een.wachtwoord", "sam.devries@example.org", null))
			.contains("password.personal");
		assertThat(this.policy.check("mijnspeelveldwachtwoord", null, null)).contains("password.personal");
	}

	@Test
	void refusesPredictablePatterns() {
		assertThat(this.policy.check("aaaaaaaaaaaaaaaaaaaa", null, null)).contains("password.predictable");
	}

}
