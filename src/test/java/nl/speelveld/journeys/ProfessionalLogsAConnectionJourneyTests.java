package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.network.connections.Endpoint;
import nl.speelveld.network.connections.NetworkFixture;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional logs a connection from their post to a group of residents, is refused a pseudonym with an
 * e-mail address, sees their connections, and looks at the network of their wijk: tables and a drawing whose
 * nodes the keyboard reaches. Every page passes axe.
 */
@SpeelveldTest
class ProfessionalLogsAConnectionJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	NetworkFixture network;

	@Test
	void aProfessionalLogsAConnectionAndSeesTheNetworkOfTheWijk() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String email = AccountsFixture.email("opbouwwerker");
		UserId professional = this.accounts.professional(email,
				this.accounts.organisation("Buurtwerk " + unique, OrganisationType.WELZIJNSORGANISATIE, "GM0344"));
		UUID organisation = this.socialMap.organisation("Buurtteam Binnenstad " + unique, "welzijnsorganisatie", "GM0344");
		UUID library = this.socialMap.organisation("Leesclub Binnenstad " + unique, "vereniging", "GM0344");
		UUID profile = this.socialMap.professional("Olga Opbouw " + unique, professional.value());
		UUID post = this.socialMap.aPost("opbouwwerker", organisation)
			.heldBy(profile)
			.ownedBy(professional.value())
			.covering("WK034406")
			.save();
		UUID officer = this.socialMap.aPost("wijkagent", library).covering("WK034406").save();
		this.network.connection(professional.value(), "WK034406", Endpoint.post(post), Endpoint.organisation(library));
		this.network.connection(professional.value(), "WK034406", Endpoint.organisation(library),
				Endpoint.group("Leesclub Oudegracht"));
		this.network.connection(professional.value(), "WK034406", Endpoint.post(officer),
				Endpoint.group("Bewonersgroep Lange Nieuwstraat"));
		this.network.connection(professional.value(), "WK034406", Endpoint.group("Moestuin Tolsteeg"),
				Endpoint.group("Buurtkoor Twijnstraat"));

		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(email);

		this.browser.open("/netwerk/verbinding?gebied=WK034406");
		assertThat(this.browser.heading()).isEqualTo("Verbinding vastleggen");
		this.browser.assertAccessible();
		this.browser.screenshot("netwerk-verbinding-formulier");

		this.browser.fill("naarGroep", "Groep van jan@example.org");
		this.browser.press("Verbinding vastleggen");
		assertThat(this.browser.text()).contains("Er staat een e-mailadres in.");
		this.browser.assertAccessible();
		this.browser.screenshot("netwerk-verbinding-geweigerd");

		this.browser.fill("naarGroep", "Bewonersgroep Zwaluwstraat");
		this.browser.press("Verbinding vastleggen");
		assertThat(this.browser.text()).contains("De verbinding is vastgelegd.");

		this.browser.open("/netwerk");
		assertThat(this.browser.text()).contains("Bewonersgroep Zwaluwstraat", "Olga Opbouw " + unique);
		this.browser.assertAccessible();
		this.browser.screenshot("netwerk-mijn-verbindingen");

		this.browser.open("/gebied/WK034406/netwerk");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector("#network-graph svg .network-node")).isEmpty());
		assertThat(this.browser.text()).contains("Bewonersgroep Zwaluwstraat", "Bruggen", "Losse groepjes",
				"Moestuin Tolsteeg").doesNotContain(email);
		tabUntil(element -> element.getAttribute("class") != null && element.getAttribute("class").contains("network-node"));
		assertThat(focused().getAttribute("aria-label")).isNotBlank();
		this.browser.assertAccessible();
		this.browser.screenshot("netwerk-van-de-binnenstad");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('network-brokers').scrollIntoView()");
		this.browser.screenshot("netwerk-van-de-binnenstad-tabellen");
	}

}
