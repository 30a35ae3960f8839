package nl.speelveld.journeys;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.search.SocialMapData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident looks for the professionals around them in the social map: they mistype a job title, are told
 * what was searched instead, narrow the results to their neighbourhood and a role, and meet the messages for
 * nothing found and for an empty search. Every page passes axe.
 */
@SpeelveldTest
class ResidentSearchesTheSocialMapJourneyTests extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	SocialMapData data;

	UUID anna;

	@BeforeAll
	void theNeighbourhoodIsMapped() {
		this.data = new SocialMapData(this.jdbc);
		String word = this.data.word;
		UUID welfare = this.data.organisation("Welzijn " + word, "welzijnsorganisatie",
				"Buurtwerk en opbouwwerk in de Binnenstad.", "GM0344");
		UUID police = this.data.organisation("Politie " + word, "politie", "", "GM0344");
		this.anna = this.data.professional("Anna " + word);
		this.data.post("opbouwwerker", welfare, this.anna, "Opbouwwerker Binnenstad " + word, List.of("zelforganisatie"),
				"Op dinsdag in het buurthuis", "WK034406");
		this.data.post("wijkagent", police, null, "Wijkagent Domplein " + word, List.of("veiligheid"), "", "WK034406");
		this.data.post("jongerenwerker", welfare, null, "Jongerenwerker Zuid " + word, List.of("jeugd"), "", "WK034407");
		this.data.place("buurthuis", "Buurthuis " + word, "Ontmoeten, koffie en een moestuin.", "BU03440611");
	}

	@Test
	void aResidentMistypesAJobTitleAndFindsTheProfessional() throws IOException {
		this.browser.open("/");
		this.browser.driver().findElement(By.linkText("Sociale kaart")).click();
		assertThat(this.browser.heading()).isEqualTo("Zoeken in de sociale kaart");
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-zoeken");

		this.browser.fill("zoekterm", "opbouwerker " + this.data.word);
		this.browser.press("Zoeken");

		assertThat(this.browser.text()).contains("Bedoelde je opbouwwerker " + this.data.word + "?",
				"1 resultaat voor opbouwwerker " + this.data.word);
		WebElement hit = this.browser.driver().findElement(By.cssSelector(".hit"));
		assertThat(hit.getText()).contains("Professional", "Opbouwwerker", "Anna " + this.data.word,
				"Wijk 06 Binnenstad");
		assertThat(hit.findElement(By.tagName("a")).getAttribute("href")).endsWith("/professionals/" + this.anna);
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-bedoelde-je");
	}

	@Test
	void aResidentNarrowsTheResultsToTheirNeighbourhoodAndARole() throws IOException {
		this.browser.open("/sociale-kaart/zoeken");
		this.browser.fill("zoekterm", this.data.word);
		this.browser.press("Zoeken");
		assertThat(hits()).hasSize(6);
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-resultaten");

		this.browser.fill("gebied", "3511");
		this.browser.press("Zoeken");
		assertThat(this.browser.text()).contains("5 resultaten voor " + this.data.word + " in Wijk 06 Binnenstad");
		assertThat(hits()).noneMatch(text -> text.contains("Jongerenwerker"));

		new Select(this.browser.driver().findElement(By.id("rol"))).selectByVisibleText("Wijkagent");
		this.browser.press("Zoeken");
		assertThat(hits()).singleElement().asString().contains("Wijkagent Domplein");
		assertThat(new Select(this.browser.driver().findElement(By.id("rol"))).getFirstSelectedOption().getText())
			.isEqualTo("Wijkagent");
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-gefilterd");
	}

	@Test
	void aResidentIsToldWhatToTryWhenNothingIsFound() throws IOException {
		this.browser.open("/sociale-kaart/zoeken");
		this.browser.fill("zoekterm", "xqzwvkj");
		this.browser.press("Zoeken");

		assertThat(this.browser.text()).contains("Geen resultaten voor xqzwvkj", "Kijk of je de woorden goed hebt getypt.");
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-niets");
	}

	@Test
	void anEmptySearchAndAnUnknownAreaAreExplainedNextToTheirFields() throws IOException {
		// The search field is required, so a browser would not send the form empty; an old link might.
		this.browser.open("/sociale-kaart/zoeken?q=&gebied=Nergenshuizen");

		assertThat(this.browser.driver().findElement(By.cssSelector(".error-summary")).getText())
			.contains("Vul in waar je naar zoekt.", "Dit gebied kennen we niet.");
		assertThat(this.browser.driver().findElement(By.id("zoekterm")).getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.assertAccessible();
		this.browser.screenshot("sociale-kaart-fouten");
	}

	@Test
	void whatWasTypedIsShownAsText() {
		this.browser.open("/sociale-kaart/zoeken?q=" + java.net.URLEncoder.encode("<b id=\"vet\">vet</b> " + this.data.word,
				java.nio.charset.StandardCharsets.UTF_8));

		assertThat(this.browser.driver().findElements(By.id("vet"))).isEmpty();
		assertThat(this.browser.text()).contains("<b id=\"vet\">vet</b>");
	}

	private List<String> hits() {
		return this.browser.driver().findElements(By.cssSelector(".hit")).stream().map(WebElement::getText).toList();
	}

}
