package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident who only uses the keyboard asks who works in their neighbourhood: from the postcode on the home
 * page to the posts grouped by goal and role, on to a professional's page and from there to the organisation.
 */
@SpeelveldTest
class ResidentFindsWhoWorksInTheirNeighbourhoodJourneyTests extends BrowserJourney {

	@Autowired
	SocialMapFixture socialMap;

	private String officer;

	private String police;

	@BeforeAll
	void aWijkagentAndASociaalMakelaarWorkInTheBinnenstad() {
		String unique = UUID.randomUUID().toString().substring(0, 4);
		this.police = "Politie Utrecht Binnenstad " + unique;
		this.officer = "Bram Voorbeeld " + unique;
		UUID policeId = this.socialMap.organisation(this.police, "politie", "GM0344");
		this.socialMap.post("wijkagent", policeId, this.socialMap.professional(this.officer), List.of("WK034406"),
				"veiligheid", "overlast");
		UUID welfare = this.socialMap.organisation("Welzijn Binnenstad " + unique, "welzijnsorganisatie", "GM0344");
		this.socialMap.post("sociaal-makelaar", welfare, this.socialMap.professional("Sanne Fictief " + unique),
				List.of("WK034406"), "eenzaamheid", "ontmoeting");
		this.socialMap.post("participatiemakelaar", welfare, null, List.of("GM0344"), "inspraak");
	}

	@Test
	void fromPostcodeToTheNeighbourhoodsProfessionalsAndTheirOrganisation() throws IOException {
		this.browser.open("/");
		this.browser.assertAccessible();
		tabUntil(element -> "wie-postcode".equals(element.getAttribute("id")));
		type("3511");
		press(Keys.ENTER);

		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/wie-werkt-hier"));
		assertThat(this.browser.heading()).startsWith("Wie werkt er in");
		assertThat(headings("h2")).anyMatch(text -> text.contains("Leefbaarheid en sociale cohesie"))
			.anyMatch(text -> text.contains("Democratie: stem en invloed van bewoners"));
		assertThat(headings("h3")).anyMatch(text -> text.startsWith("Wijkagent"))
			.anyMatch(text -> text.startsWith("Sociaal makelaar"))
			.anyMatch(text -> text.startsWith("Participatiemakelaar"));
		String card = this.browser.driver()
			.findElement(By.xpath("//li[contains(@class,'post-card')][.//a[normalize-space()='" + this.officer + "']]"))
			.getText();
		assertThat(card).contains(this.police, "E-mail:", "Telefoon:", "Gegevens bevestigd op");
		this.browser.assertAccessible();
		this.browser.screenshot("wie-werkt-hier");

		tabUntil(element -> this.officer.equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/professionals/"));
		assertThat(this.browser.heading()).isEqualTo(this.officer);
		assertThat(this.browser.text()).contains("Werkgebied: Wijk 06 Binnenstad", "alleen gegevens over het werk");
		this.browser.assertAccessible();
		this.browser.screenshot("professional");

		tabUntil(element -> this.police.equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/organisaties/"));
		assertThat(this.browser.heading()).isEqualTo(this.police);
		assertThat(this.browser.text()).contains(this.officer, "Werkt in");
		this.browser.assertAccessible();
		this.browser.screenshot("organisatie");
	}

	@Test
	void aPostcodeThatDoesNotExistIsExplainedNextToTheField() throws IOException {
		this.browser.open("/wie-werkt-hier?postcode=1199");
		assertThat(this.browser.text()).contains("Deze postcode kennen we niet.");
		this.browser.assertAccessible();
		this.browser.screenshot("wie-werkt-hier-onbekende-postcode");
	}

	@Test
	void theRolesPageExplainsWhoIsWho() throws IOException {
		this.browser.open("/rollen");
		assertThat(headings("h2")).contains("Wijkagent", "Dorpsondersteuner", "Ideeënmakelaar");
		this.browser.assertAccessible();
		this.browser.screenshot("rollen");
	}

	@Test
	void thePlacesOfANeighbourhoodAreOnAMapAndInATable() throws IOException {
		this.socialMap.place("Buurthuis De Verzonnen Hoek", "buurthuis", "BU03440611", 52.0907, 5.1214);
		this.browser.open("/gebied/WK034406/plekken");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.cssSelector("#plekken-kaart path.leaflet-interactive")).isEmpty());
		assertThat(this.browser.text()).contains("Buurthuis De Verzonnen Hoek");
		this.browser.assertAccessible();
		this.browser.screenshot("plekken");
	}

	private List<String> headings(String tag) {
		return this.browser.driver().findElements(By.tagName(tag)).stream().map(element -> element.getText()).toList();
	}

}
