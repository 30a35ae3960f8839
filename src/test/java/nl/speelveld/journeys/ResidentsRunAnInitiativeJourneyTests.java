package nl.speelveld.journeys;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.initiatives.InitiativeCast.Cast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents of the Oosterparkwijk start a vegetable garden: they write the idea with a plan and a budget,
 * a neighbour supports it, they submit it against the gemeente's rules, the ideeënmakelaar takes it in and
 * grants support, they post news with a photo, and it ends with an evaluation. In Chromium, by keyboard,
 * with an axe check of every page.
 */
@SpeelveldTest
class ResidentsRunAnInitiativeJourneyTests extends BrowserJourney {

	@Autowired
	InitiativeCast people;

	private Cast cast;

	private String title;

	@BeforeEach
	void theOosterparkwijk() {
		this.cast = this.people.cast();
		this.people.rules(1, 8, "Het is open voor iedereen in de buurt.", "Niemand verdient eraan.");
		this.title = "Moestuin Oosterpark " + UUID.randomUUID().toString().substring(0, 6);
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void fromIdeaToDoneWithTheNeighboursAndTheIdeeenmakelaar() throws IOException {
		signInWithPassword(this.cast.email(this.cast.initiator()));
		this.browser.open("/initiatieven/nieuw");
		assertThat(this.browser.heading()).isEqualTo("Een initiatief starten");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-nieuw");

		keyboardFill("title", this.title);
		keyboardFill("summary", "Samen groente kweken op het veldje achter de flat.");
		keyboardFill("initiatorName", "Bewoners van de Zwaluwstraat");
		keyboardFill("postcode", "9713");
		keyboardPress("Zoek vergelijkbare initiatieven in de buurt");
		assertThat(this.browser.text()).contains("Vergelijkbare initiatieven in de buurt");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-vergelijkbaar");

		// A date field is the browser's own control; its keyboard use differs per language, so the value is set directly.
		((JavascriptExecutor) this.browser.driver()).executeScript("document.getElementById('startsOn').value = arguments[0]",
				LocalDate.now().plusMonths(5).toString());
		keyboardFill("goal", "Meer groen en buren die elkaar kennen.");
		keyboardFill("activities", "Bakken bouwen, samen zaaien en oogsten.");
		tabUntil(element -> "support-money".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "support-space".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "Omschrijving regel 1".equals(element.getAttribute("aria-label")));
		type("Hout voor de bakken");
		press(Keys.TAB);
		type("1.200");
		press(Keys.TAB);
		type("Zaden en planten");
		press(Keys.TAB);
		type("200");
		keyboardPress("Idee opslaan");
		assertThat(this.browser.heading()).isEqualTo(this.title);
		assertThat(this.browser.text()).contains("Je idee staat erop", "Idee", "€ 1.400", "Regels van de gemeente",
				"Minstens 1 buurtbewoner steunt het initiatief.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-idee");
		String page = this.browser.path();

		this.browser.forgetSession();
		signInWithPassword(this.cast.email(this.cast.neighbour()));
		this.browser.open(page);
		tabUntil(element -> "showName".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardPress("Ik steun dit initiatief");
		assertThat(this.browser.text()).contains("Bedankt voor je steun.", "Steunbetuigingen: 1.", "Bea Buur");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-gesteund");

		this.browser.forgetSession();
		signInWithPassword(this.cast.email(this.cast.initiator()));
		this.browser.open(page);
		tabUntil(element -> "Indienen bij de gemeente".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "Indienen bij de gemeente".equals(this.browser.heading()));
		this.browser.assertAccessible();
		keyboardPress("Initiatief indienen");
		assertThat(this.browser.text()).contains("Bevestig dat je initiatief hieraan voldoet.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-indienen-fout");
		tabUntil(element -> "criterion-0".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "criterion-1".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardPress("Initiatief indienen");
		assertThat(this.browser.text()).contains("Je initiatief is ingediend", "Ingediend", "De gemeente antwoordt uiterlijk op");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-ingediend");

		this.browser.forgetSession();
		signInWithPassword(this.cast.email(this.cast.professional()));
		this.browser.open("/mijn-initiatieven");
		assertThat(this.browser.text()).contains("Wachten op iemand die ze oppakt", this.title);
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-initiatieven");
		tabUntil(element -> this.title.equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> this.title.equals(this.browser.heading()));
		keyboardFill("take-in-note", "Leuk plan! Ik bel jullie deze week.");
		keyboardPress("Ik pak dit initiatief op");
		assertThat(this.browser.text()).contains("Je begeleidt dit initiatief nu.", "In gesprek", "Begeleider");
		this.browser.assertAccessible();
		keyboardPress("Plan uitwerken");
		keyboardPress("Steun toekennen");
		assertThat(this.browser.text()).contains("Schrijf de redenen van het besluit op");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-besluit-fout");
		keyboardFill("amount", "1.400");
		keyboardFill("reasons", "Een mooi plan dat buren samenbrengt.");
		keyboardPress("Steun toekennen");
		assertThat(this.browser.text()).contains("Steun toegekend", "Toegekend bedrag: € 1.400.",
				"Een mooi plan dat buren samenbrengt.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-steun");

		this.browser.forgetSession();
		signInWithPassword(this.cast.email(this.cast.initiator()));
		this.browser.open(page);
		keyboardPress("We zijn begonnen");
		keyboardFill("text", "De bakken staan er en de eerste sla is gezaaid.");
		tabUntil(element -> "photo".equals(element.getAttribute("id")));
		focused().sendKeys(photo().toString());
		keyboardFill("alt", "Drie houten moestuinbakken op een grasveld");
		keyboardPress("Nieuws plaatsen");
		assertThat(this.browser.text()).contains("Je nieuws staat erop.", "De bakken staan er en de eerste sla is gezaaid.");
		var image = this.browser.driver().findElement(By.cssSelector("img.initiative-photo"));
		assertThat(image.getAttribute("alt")).isEqualTo("Drie houten moestuinbakken op een grasveld");
		assertThat(((Number) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return arguments[0].naturalWidth", image)).intValue()).isEqualTo(1600);
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-nieuws");

		keyboardFill("outcome", "Twintig buren deden mee, elke zaterdag.");
		keyboardFill("liveability", "Het rommelige veldje is nu een verzorgde tuin.");
		keyboardFill("cohesion", "Buren die elkaar niet kenden, oogsten nu samen.");
		keyboardFill("participants", "20");
		keyboardPress("Initiatief afronden");
		assertThat(this.browser.text()).contains("Afgerond", "Hoe het ging", "Twintig buren deden mee",
				"Aantal deelnemers: 20.", "Afgerond door de initiatiefnemer.", "Steun toegekend door de begeleider.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatief-afgerond");

		this.browser.open("/initiatieven");
		this.browser.assertAccessible();
		keyboardFill("plaats", "9713");
		pressEnterForTheNextPage();
		tabUntil(element -> "status-done".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardPress("Toon initiatieven");
		assertThat(this.browser.text()).contains(this.title, "Afgerond");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatieven-in-de-wijk");
	}

	@Test
	void aCoordinatorSetsTheRulesOfTheGemeente() throws IOException {
		signInWithPassword(this.cast.email(this.cast.coordinator()));
		this.browser.open("/beheer/initiatiefregels?gemeente=" + InitiativeCast.GEMEENTE);
		assertThat(this.browser.text()).contains("Regels in Groningen");
		this.browser.assertAccessible();
		this.browser.fill("minSupporters", "duizend");
		keyboardPress("Regels opslaan");
		assertThat(this.browser.text()).contains("Vul een aantal in van 0 tot 500.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatiefregels-fout");
		this.browser.fill("minSupporters", "1");
		keyboardPress("Regels opslaan");
		assertThat(this.browser.text()).contains("De regels zijn opgeslagen.");
		this.browser.assertAccessible();
		this.browser.screenshot("initiatiefregels");
	}

	/** A photo straight from a phone: larger than Speelveld keeps. */
	private static Path photo() throws IOException {
		BufferedImage image = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(60, 140, 60));
		graphics.fillRect(0, 0, 3200, 2400);
		graphics.dispose();
		Path file = Files.createTempFile("moestuin", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
