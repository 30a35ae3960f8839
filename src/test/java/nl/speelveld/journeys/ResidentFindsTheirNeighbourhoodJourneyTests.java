package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident who only uses the keyboard looks up their neighbourhood by postcode, finds its map and
 * figures, walks up to the gemeente, and browses the list of gemeenten. Every page passes axe.
 */
@SpeelveldTest
class ResidentFindsTheirNeighbourhoodJourneyTests extends BrowserJourney {

	@Test
	void aResidentTypesTheirPostcodeAndLandsOnTheirWijkWithItsMap() throws IOException {
		this.browser.open("/");
		this.browser.assertAccessible();
		this.browser.screenshot("home");

		press(Keys.TAB);
		assertThat(focused().getText()).isEqualTo("Naar de inhoud");
		press(Keys.ENTER);
		tabUntil(element -> "zoek-plaats".equals(element.getAttribute("id")));
		type("3511");
		press(Keys.ENTER);

		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/gebied/WK034406"));
		assertThat(this.browser.heading()).isEqualTo("Wijk 06 Binnenstad");
		var map = this.browser.driver().findElement(By.id("kaart"));
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> !map.findElements(By.cssSelector("path.leaflet-interactive, path")).isEmpty());
		assertThat(map.getAttribute("class")).contains("leaflet-container");
		assertThat(this.browser.driver().findElement(By.cssSelector(".figures")).getText()).contains("Inwoners", "20.190");
		this.browser.assertAccessible();
		this.browser.screenshot("wijk");

		tabUntil(element -> "Utrecht".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/gebied/GM0344"));
		assertThat(this.browser.heading()).isEqualTo("Utrecht");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#kaart path.leaflet-interactive")).size() >= 10);
		this.browser.assertAccessible();
		this.browser.screenshot("gemeente");
	}

	@Test
	void aResidentFiltersTheListOfGemeentenAndPicksOne() throws IOException {
		this.browser.open("/gemeenten");
		assertThat(this.browser.driver().findElements(By.cssSelector("#gemeenten li"))).hasSize(343);
		this.browser.assertAccessible();
		this.browser.screenshot("gemeenten");

		tabUntil(element -> "gemeente-filter".equals(element.getAttribute("id")));
		type("amster");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#gemeenten li")).size() == 1);
		assertThat(this.browser.driver().findElement(By.cssSelector("#gemeenten li")).getText()).isEqualTo("Amsterdam");
		assertThat(this.browser.path()).contains("q=amster");
		this.browser.assertAccessible();

		tabUntil(element -> "Amsterdam".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/gebied/GM0363"));
		assertThat(this.browser.heading()).isEqualTo("Amsterdam");
	}

	@Test
	void aResidentSearchingByPlaceNameChoosesFromWhatMatched() throws IOException {
		this.browser.open("/");
		tabUntil(element -> "zoek-plaats".equals(element.getAttribute("id")));
		type("Binnenstad");
		press(Keys.ENTER);

		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/zoeken"));
		assertThat(this.browser.driver().findElements(By.cssSelector(".results li")).size()).isGreaterThan(5);
		this.browser.assertAccessible();
		this.browser.screenshot("zoeken");
	}

	@Test
	void aMistypedAddressShowsAFriendlyErrorPage() throws IOException {
		this.browser.open("/gebied/GM9999");

		assertThat(this.browser.heading()).isEqualTo("Deze pagina bestaat niet");
		assertThat(this.browser.driver().findElement(By.tagName("main")).getText())
			.contains("Er is geen gebied met code GM9999.");
		this.browser.assertAccessible();
		this.browser.screenshot("niet-gevonden");
	}

	@Test
	void theWholeJourneyAlsoWorksInEnglish() throws IOException {
		this.browser.open("/gebied/GM0344");
		tabUntil(element -> "English".equals(element.getText()));
		press(Keys.ENTER);

		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "en".equals(
				driver.findElement(By.tagName("html")).getAttribute("lang")));
		assertThat(this.browser.driver().findElement(By.id("deelgebieden")).getText()).isEqualTo("Districts in Utrecht (10)");
		this.browser.assertAccessible();
		this.browser.screenshot("gemeente-en");

		tabUntil(element -> "Nederlands".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> "nl".equals(
				driver.findElement(By.tagName("html")).getAttribute("lang")));
	}

	@Test
	void theAccessibilityCheckWouldNoticeAnInaccessiblePage() {
		this.browser.driver().get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>");

		assertThatThrownBy(this.browser::assertAccessible).hasMessageContaining("image-alt").hasMessageContaining("label");
	}

}
