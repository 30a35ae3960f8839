package nl.speelveld.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import nl.speelveld.SpeelveldTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A resident who only uses the keyboard goes from their wijk to its insights, reads the four lenses, sees on
 * the map how the wijk compares with the others, has the map show another measure, and goes up to the gemeente's insights, where the map colours its wijken. Every
 * page passes axe.
 */
@SpeelveldTest
class ResidentReadsTheInsightsOfTheirWijkJourneyTests extends BrowserJourney {

	@Test
	void aResidentReadsTheLensesAndChangesWhatTheMapShows() throws IOException {
		this.browser.open("/gebied/WK034406");
		tabUntil(element -> element.getText().startsWith("Inzichten:"));
		pressEnterForTheNextPage();

		assertThat(this.browser.path()).startsWith("/gebied/WK034406/inzichten");
		assertThat(this.browser.heading()).isEqualTo("Inzichten: Wijk 06 Binnenstad");
		for (String lens : new String[] { "geregistreerd", "ervaren", "democratie", "speelveld" }) {
			assertThat(this.browser.driver().findElement(By.id(lens)).isDisplayed()).as(lens).isTrue();
		}
		assertThat(this.browser.driver().findElement(By.id("tabel-kerncijfers")).getText()).contains("Inwoners", "20.190");
		assertThat(this.browser.driver().findElement(By.id("tabel-opkomst")).getText()).contains("Hoe leefbaar is de Binnenstad?");
		// the bundled CBS files have no buurten: the map compares the wijk with the other wijken of Utrecht
		int parts = this.browser.driver().findElements(By.cssSelector("#tabel-kaart tbody tr")).size();
		assertThat(parts).isEqualTo(10);
		assertThat(this.browser.driver().findElement(By.id("inzichtenkaart")).getAttribute("data-highlight")).isEqualTo("WK034406");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#inzichtenkaart path.leaflet-interactive")).size() == parts);
		this.browser.assertAccessible();
		this.browser.screenshot("inzichten-wijk");

		tabUntil(element -> "maat".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		assertThat(this.browser.driver().findElement(By.id("maat")).getAttribute("value")).isEqualTo("density");
		tabUntil(element -> "Toon op de kaart".equals(element.getText()));
		pressEnterForTheNextPage();

		assertThat(this.browser.path()).contains("maat=density");
		assertThat(this.browser.driver().findElement(By.id("kaart-legenda-titel")).getText()).isEqualTo("Legenda: Inwoners per km²");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#inzichtenkaart path.leaflet-interactive")).size() == parts);
		this.browser.assertAccessible();
		this.browser.screenshot("inzichten-wijk-dichtheid");

		tabUntil(element -> "Utrecht".equals(element.getText()));
		pressEnterForTheNextPage();
		this.browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/gebied/GM0344/inzichten"));
		assertThat(this.browser.heading()).isEqualTo("Inzichten: Utrecht");
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> driver.findElements(By.cssSelector("#inzichtenkaart path.leaflet-interactive")).size() == 10);
		assertThat(this.browser.driver().findElements(By.cssSelector(".choropleth-legend li"))).hasSizeGreaterThan(1);
		this.browser.assertAccessible();
		this.browser.screenshot("inzichten-gemeente");
	}

	@Test
	void theInsightsOfAnUnknownAreaAreAFriendlyErrorPage() throws IOException {
		this.browser.open("/gebied/WK999999/inzichten");
		assertThat(this.browser.heading()).isEqualTo("Deze pagina bestaat niet");
		this.browser.assertAccessible();
	}

}
