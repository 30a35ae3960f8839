package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import testsupport.idp.TestIdentityProvider;
import testsupport.idp.TestIdentityProvider.Person;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident signs in with the account they have at their organisation, an OpenID Connect provider (here
 * the test identity provider), in Chromium, and comes back to the same Speelveld account next time. Our
 * pages pass axe; the provider's login form is not ours. The browser opens Speelveld on 127.0.0.1, the
 * loopback address for which Speelveld's redirect URI is registered at the provider.
 */
@SpeelveldTest
class ResidentSignsInWithTheirOrganisationJourneyTests extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	private final TestIdentityProvider provider = TestIdentityProvider.get();

	/** Cookies belong to a host, so the provider's session is forgotten on its own page. */
	@BeforeEach
	void startSignedOutEverywhere() {
		this.browser.open(this.provider.issuer() + "/login");
		this.browser.forgetSession();
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aResidentSignsInThroughTheirOrganisationAndComesBackToTheSameAccount() throws IOException {
		Person sanne = this.provider.person("Sanne Bakker", AccountsFixture.email("sanne"), true);
		this.browser.open("/inloggen");
		this.browser.assertAccessible();

		chooseTheProvider();
		signInAtTheProvider(sanne);
		assertThat(this.browser.path()).isEqualTo("/account");
		assertThat(this.browser.heading()).isEqualTo("Welkom, Sanne Bakker");
		assertThat(this.browser.text()).contains(sanne.email());
		this.browser.assertAccessible();
		this.browser.screenshot("account-via-organisatie");
		List<UUID> accounts = accountsWith(sanne.email());
		assertThat(accounts).hasSize(1);

		this.browser.press("Uitloggen");
		assertThat(this.browser.path()).isEqualTo("/inloggen?melding=uitgelogd");
		// Another day, so signed out at the provider too: she signs in there again.
		startSignedOutEverywhere();
		this.browser.open("/inloggen");
		chooseTheProvider();
		signInAtTheProvider(sanne);
		assertThat(this.browser.path()).isEqualTo("/account");
		assertThat(this.browser.heading()).isEqualTo("Welkom, Sanne Bakker");
		assertThat(accountsWith(sanne.email())).isEqualTo(accounts);
		assertThat(this.jdbc.sql("select count(*) from acc_oidc_identity where user_id = ?")
			.param(accounts.get(0))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aResidentWhoseAddressTheProviderDidNotVerifyIsAskedToSignInAnotherWay() throws IOException {
		Person joris = this.provider.person("Joris Visser", AccountsFixture.email("joris"), false);
		this.browser.open("/inloggen");

		chooseTheProvider();
		signInAtTheProvider(joris);
		assertThat(this.browser.path()).isEqualTo("/inloggen?melding=oidc");
		assertThat(this.browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
			.isEqualTo("Inloggen via je organisatie is niet gelukt. Probeer het opnieuw of log in met een link per e-mail.");
		this.browser.assertAccessible();
		this.browser.screenshot("inloggen-via-organisatie-mislukt");
		assertThat(accountsWith(joris.email())).isEmpty();
	}

	private void chooseTheProvider() {
		this.browser.driver().findElement(By.linkText("Inloggen met " + TestIdentityProvider.NAME)).click();
	}

	private void signInAtTheProvider(Person person) {
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(this.provider.issuer() + "/login"));
		this.browser.fill("username", person.username());
		this.browser.fill("password", person.password());
		this.browser.press("Sign in");
		// The provider redirects back to Speelveld, which redirects again to where the person lands.
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("^" + address() + "/(account|inloggen)"));
	}

	/** The loopback address for which Speelveld's redirect URI is registered at the provider. */
	@Override
	String address() {
		return "http://127.0.0.1:" + this.port;
	}

	private List<UUID> accountsWith(String email) {
		return this.jdbc.sql("select id from acc_user where lower(email) = lower(?)").param(email).query(UUID.class).list();
	}

}
