package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wegwijzer from question to answer: a resident asks, with the keyboard only, who can help with drug
 * dealing in their stairwell in postcode 3511; the wijkagent comes first, with the reason; the resident leaves
 * the question with the wijkagent and confirms it from the mail; the wijkagent finds it in the inbox and hands
 * it to the buurtbemiddelaar role; the resident's status page shows who has it now. axe on every page.
 */
@SpeelveldTest
class ResidentAsksWhoCanHelpJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Test
	void fromAQuestionInTheResidentsWordsToTheRightPersonAndOnToAnother() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		// Aafje sorts first among the wijkagenten of the Binnenstad, which other tests also fill.
		String agentName = "Aafje Agent " + unique;
		String agentEmail = AccountsFixture.email("aafje");
		UUID police = this.socialMap.organisation("Politie Utrecht " + unique, "politie", "GM0344");
		UserId agent = this.accounts.professional(agentEmail,
				this.accounts.organisation("Politie " + unique, OrganisationType.POLITIE, "GM0344"));
		this.socialMap.aPost("wijkagent", police).heldBy(this.socialMap.professional(agentName, agent.value()))
			.covering("WK034406")
			.save();
		String mediatorName = "Aaron Bemiddelaar " + unique;
		UserId mediator = this.accounts.person(AccountsFixture.email("aaron"), mediatorName);
		UUID mediation = this.socialMap.organisation("Buurtbemiddeling Utrecht " + unique, "welzijnsorganisatie", "GM0344");
		this.socialMap.aPost("buurtbemiddelaar", mediation)
			.heldBy(this.socialMap.professional(mediatorName, mediator.value()))
			.covering("GM0344")
			.save();
		String residentEmail = AccountsFixture.email("bewoner");
		this.browser.open("/");
		this.browser.forgetSession();

		this.browser.open("/");
		tabUntil(element -> "/wegwijzer".equals(element.getDomAttribute("href")));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Wie kan mij helpen?".equals(this.browser.heading()));
		this.browser.assertAccessible();
		this.browser.screenshot("wegwijzer");

		tabUntil(element -> "wegwijzer-vraag".equals(element.getAttribute("id")));
		type("Er wordt gedeald in ons portiek");
		press(Keys.TAB);
		tabUntil(element -> "wegwijzer-postcode".equals(element.getAttribute("id")));
		type("3511");
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Wie kan je helpen?".equals(this.browser.heading()));
		List<String> roles = this.browser.driver().findElements(By.cssSelector(".route-role h2")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(roles.get(0)).contains("Nummer 1:", "Wijkagent");
		String wijkagent = this.browser.driver().findElement(By.cssSelector(".route-role")).getText();
		assertThat(wijkagent).contains("Je vraag gaat over drugs en criminaliteit (herkend: ‘gedeald’)",
				"Bij vragen over drugs en criminaliteit is de wijkagent de eerste om te vragen.", agentName,
				"Politie Utrecht " + unique);
		this.browser.assertAccessible();
		this.browser.screenshot("wegwijzer-antwoord");

		tabUntil(element -> ("Laat je vraag achter bij " + agentName).equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Laat je vraag achter".equals(this.browser.heading()));
		assertThat(this.browser.text()).contains(agentName, "na 6 maanden");
		this.browser.assertAccessible();
		leaveQuestionWithTheKeyboard(residentEmail);
		this.browser.assertAccessible();

		this.browser.open(this.accounts.linkInMailTo(residentEmail));
		assertThat(this.browser.text()).contains("Er wordt gedeald in ons portiek");
		tabUntil(element -> "Ja, verstuur mijn vraag".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> this.browser.text().contains("Je vraag is aangekomen bij " + agentName));
		this.browser.assertAccessible();
		this.browser.screenshot("wegwijzer-vraag-aangekomen");

		this.browser.forgetSession();
		signInWithPassword(agentEmail);
		this.browser.open("/inbox");
		assertThat(this.browser.text()).contains("Er wordt gedeald in ons portiek");
		this.browser.assertAccessible();
		tabUntil(element -> element.getText().startsWith("Er wordt gedeald in ons portiek"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> "Vraag van een bewoner".equals(this.browser.heading()));
		this.browser.assertAccessible();
		String note = "Het gaat ook om ruzie tussen de buren in het portiek; een bemiddelaar kan helpen.";
		handOffToRoleWithTheKeyboard("Buurtbemiddelaar", note);
		String handedTo = this.browser.text();
		assertThat(handedTo).contains("De vraag is doorgegeven aan ");
		this.browser.assertAccessible();

		this.browser.forgetSession();
		this.browser.open(this.accounts.linkInMailTo(residentEmail));
		String status = this.browser.text();
		assertThat(status).contains("Wie heeft je vraag nu?", "(Buurtbemiddelaar", note,
				agentName + " heeft je vraag doorgegeven aan ");
		String newPerson = handedTo.substring(handedTo.indexOf("De vraag is doorgegeven aan ") + 28).split("[.\n]")[0];
		assertThat(status).contains(newPerson + " (Buurtbemiddelaar");
		this.browser.assertAccessible();
		this.browser.screenshot("wegwijzer-vraag-doorgegeven");
	}

}
