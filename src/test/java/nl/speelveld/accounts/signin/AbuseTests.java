package nl.speelveld.accounts.signin;

import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.shared.mail.Outbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Guessing passwords, flooding mailboxes with sign-in links and hammering writes get 429 with
 * Retry-After, without locking the real person out. The test profile shortens the wrong-password window
 * to five seconds.
 */
@SpeelveldTest
class AbuseTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture fixture;

	@Autowired
	Outbox outbox;

	@Test
	void repeatedWrongPasswordsAreThrottledWhileTheRealPersonCanStillSignIn() {
		String email = AccountsFixture.email("doelwit");
		this.fixture.person(email, "Doelwit");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(email, "fout wachtwoord nummer " + attempt, "203.0.113.7"))
				.hasRedirectedUrl("/inloggen?melding=wachtwoord");
		}

		MvcTestResult throttled = signIn(email, AccountsFixture.PASSWORD, "203.0.113.7");
		assertThat(throttled).hasStatus(429).headers().containsHeader("Retry-After");

		assertThat(signIn(email, AccountsFixture.PASSWORD, "198.51.100.20")).as("the real person, elsewhere")
			.hasRedirectedUrl("/account");
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(signIn(email, AccountsFixture.PASSWORD, "203.0.113.7"))
				.as("after the window").hasRedirectedUrl("/account"));
	}

	@Test
	void aFloodOfSignInLinksForOneAddressGets429AndSendsNoMoreMail() {
		String email = AccountsFixture.email("overspoeld");
		for (int request = 1; request <= 3; request++) {
			assertThat(requestLink(email)).hasRedirectedUrl("/inloggen/link-verstuurd");
		}

		MvcTestResult flooded = requestLink(email);

		assertThat(flooded).hasStatus(429).headers().containsHeader("Retry-After");
		assertThat(this.outbox.newest(500).stream().filter(mail -> mail.recipient().equals(email))).hasSize(3);
	}

	@Test
	void tooManyWritesFromOneAccountGet429() {
		UserId person = this.fixture.person(AccountsFixture.email("druk"), "Druk Baasje");
		MvcTestResult last = null;
		for (int write = 1; write <= 61; write++) {
			last = this.mvc.post()
				.uri("/account/naam")
				.param("naam", "Naam " + write)
				.with(user(person.toString()).roles("RESIDENT"))
				.with(csrf())
				.exchange();
		}
		assertThat(last).hasStatus(429).headers().containsHeader("Retry-After");
	}

	private MvcTestResult signIn(String email, String password, String address) {
		return this.mvc.post()
			.uri("/inloggen/wachtwoord")
			.param("email", email)
			.param("wachtwoord", password)
			.with(from(address))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult requestLink(String email) {
		return this.mvc.post().uri("/inloggen/link").param("email", email).with(from("192.0.2." + Math.floorMod(UUID.randomUUID().hashCode(), 200))).with(csrf()).exchange();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
