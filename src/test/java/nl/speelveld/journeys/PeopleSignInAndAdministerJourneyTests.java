package nl.speelveld.journeys;

import java.io.IOException;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents, professionals, administrators and coordinators sign in and do their work, in Chromium,
 * with an axe check of every page they see.
 */
@SpeelveldTest
class PeopleSignInAndAdministerJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture fixture;

	@BeforeEach
	void startSignedOut() {
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aResidentSignsInWithALinkFromTheOutboxAndSeesTheirAccount() throws IOException {
		String email = AccountsFixture.email("bewoner");
		this.browser.open("/inloggen");
		this.browser.assertAccessible();
		this.browser.screenshot("inloggen");

		this.browser.fill("email", email);
		this.browser.press("Stuur mij een link");
		assertThat(this.browser.heading()).isEqualTo("Kijk in je e-mail");
		this.browser.assertAccessible();
		this.browser.screenshot("link-verstuurd");

		this.browser.open(this.fixture.linkInMailTo(email));
		assertThat(this.browser.heading()).isEqualTo("Inloggen bij Speelveld");
		this.browser.assertAccessible();
		this.browser.screenshot("link-bevestigen");
		this.browser.press("Nu inloggen");

		assertThat(this.browser.path()).isEqualTo("/account");
		assertThat(this.browser.text()).contains(email, "bewoner");
		this.browser.assertAccessible();
		this.browser.screenshot("account");
	}

	@Test
	void aProfessionalIsInvitedSetsAPasswordAndSignsIn() throws IOException {
		String admin = AccountsFixture.email("beheerder");
		this.fixture.administrator(admin);
		signInWithPassword(admin);

		this.browser.open("/beheer/organisaties");
		this.browser.assertAccessible();
		this.browser.fill("naam", "Welzijn Binnenstad");
		new Select(this.browser.driver().findElement(By.id("soort"))).selectByValue("welzijnsorganisatie");
		this.browser.fill("gemeenten", "Utrecht");
		this.browser.press("Organisatie toevoegen");
		assertThat(this.browser.heading()).isEqualTo("Welzijn Binnenstad");
		assertThat(this.browser.text()).contains("De organisatie is toegevoegd.");
		this.browser.assertAccessible();

		String professional = AccountsFixture.email("opbouwwerker");
		this.browser.fill("email", professional);
		this.browser.press("Uitnodiging versturen");
		assertThat(this.browser.text()).contains("De uitnodiging is verstuurd.", professional);
		this.browser.screenshot("organisatie");

		this.browser.forgetSession();
		this.browser.open(this.fixture.linkInMailTo(professional));
		assertThat(this.browser.heading()).isEqualTo("Je bent uitgenodigd");
		this.browser.assertAccessible();
		this.browser.fill("naam", "Sam Opbouw");
		this.browser.fill("wachtwoord", "kort");
		this.browser.press("Account maken");
		assertThat(this.browser.text()).contains("Het wachtwoord is te kort.");
		this.browser.assertAccessible();
		this.browser.screenshot("uitnodiging-fout");

		this.browser.fill("wachtwoord", AccountsFixture.PASSWORD);
		this.browser.press("Account maken");
		assertThat(this.browser.text()).contains("Je account is klaar.");
		signInWithPassword(professional);
		assertThat(this.browser.text()).contains("Welkom, Sam Opbouw", "professional", "Welzijn Binnenstad");
	}

	@Test
	void anAdministratorGrantsACoordinatorRoleForOneGemeente() throws IOException {
		String admin = AccountsFixture.email("beheerder");
		this.fixture.administrator(admin);
		var organisation = this.fixture.organisation("Gemeente Utrecht", OrganisationType.GEMEENTE, "GM0344");
		String colleague = AccountsFixture.email("wijkregisseur");
		this.fixture.professional(colleague, organisation);
		signInWithPassword(admin);

		this.browser.open("/beheer/mensen?q=" + colleague);
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.linkText("Professional Test")).click();
		new Select(this.browser.driver().findElement(By.id("rol"))).selectByValue("coordinator");
		new Select(this.browser.driver().findElement(By.id("organisatie"))).selectByVisibleText("Gemeente Utrecht");
		this.browser.fill("gebied", "GM0344");
		this.browser.press("Rol geven");

		assertThat(this.browser.text()).contains("De rol is gegeven.", "coördinator", "(GM0344)");
		this.browser.assertAccessible();
		this.browser.screenshot("rol-gegeven");
	}

	@Test
	void aCoordinatorOfOneGemeenteCannotSeeOrChangeAnothersAdministration() throws IOException {
		var utrecht = this.fixture.organisation("Buurtwerk Utrecht", OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		var amsterdam = this.fixture.organisation("Buurtwerk Amsterdam", OrganisationType.WELZIJNSORGANISATIE, "GM0363");
		String coordinator = AccountsFixture.email("coordinator");
		this.fixture.coordinator(coordinator, utrecht, new AreaCode("GM0344"));
		signInWithPassword(coordinator);

		this.browser.open("/beheer/organisaties");
		assertThat(this.browser.text()).contains("Buurtwerk Utrecht").doesNotContain("Buurtwerk Amsterdam");
		this.browser.assertAccessible();

		this.browser.open("/beheer/organisaties/" + amsterdam);
		assertThat(this.browser.heading()).isEqualTo("Geen toegang");
		assertThat(this.browser.text()).doesNotContain("Buurtwerk Amsterdam");
		this.browser.assertAccessible();
		this.browser.screenshot("geen-toegang");
	}

	@Test
	void anAdministratorReadsTheAuditLogAndTheOutbox() throws IOException {
		String admin = AccountsFixture.email("beheerder");
		this.fixture.administrator(admin);
		signInWithPassword(admin);

		for (String page : new String[] { "/beheer", "/beheer/mensen", "/beheer/audit", "/beheer/outbox" }) {
			this.browser.open(page);
			this.browser.assertAccessible();
			this.browser.screenshot("beheer" + page.substring("/beheer".length()).replace('/', '-'));
		}
		this.browser.open("/beheer/audit");
		assertThat(this.browser.text()).contains("signed-in", "Beheerder Test");
	}

	@Test
	void aResidentReadsTheStatementsDownloadsTheirDataAndDeletesTheirAccount() throws IOException {
		String email = AccountsFixture.email("vertrekker");
		this.fixture.person(email, "Vera Vertrek");
		signInWithPassword(email);

		for (String page : new String[] { "/privacy", "/toegankelijkheid" }) {
			this.browser.open(page);
			this.browser.assertAccessible();
			this.browser.screenshot(page.substring(1));
		}
		this.browser.open("/account/verwijderen");
		this.browser.assertAccessible();
		this.browser.press("Account verwijderen");
		assertThat(this.browser.text()).contains("Vink aan dat je je account echt wilt verwijderen.");
		this.browser.assertAccessible();
		this.browser.screenshot("verwijderen");

		this.browser.driver().findElement(By.id("zeker")).click();
		this.browser.press("Account verwijderen");
		assertThat(this.browser.text()).contains("Je account is verwijderd.");
		this.browser.open("/account");
		assertThat(this.browser.path()).startsWith("/inloggen");
	}


}
