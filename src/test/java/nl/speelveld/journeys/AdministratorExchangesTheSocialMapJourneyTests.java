package nl.speelveld.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator imports a file of another social map (HSDS) that has a mistake, reads what is wrong,
 * and imports the corrected file: in Chromium, with an axe check of every page.
 */
@SpeelveldTest
class AdministratorExchangesTheSocialMapJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture fixture;

	@Test
	void anAdministratorImportsAFileAfterFixingWhatThePageSaysIsWrong() throws IOException {
		String admin = AccountsFixture.email("hsds-reis");
		this.fixture.administrator(admin);
		this.browser.open("/");
		this.browser.forgetSession();
		this.browser.open("/inloggen");
		this.browser.fill("wachtwoord-email", admin);
		this.browser.fill("wachtwoord", AccountsFixture.PASSWORD);
		this.browser.press("Inloggen");

		this.browser.open("/beheer");
		this.browser.driver().findElement(By.linkText("Sociale kaart uitwisselen")).click();
		assertThat(this.browser.heading()).isEqualTo("Sociale kaart uitwisselen (HSDS)");
		this.browser.assertAccessible();
		this.browser.screenshot("hsds-beheer");

		Path broken = Files.createTempFile("buurthuis", ".json");
		String id = java.util.UUID.randomUUID().toString();
		Files.writeString(broken, "{\"id\": \"" + id + "\", \"name\": \"Stichting Buurthuis De Linde\", \"website\": \"www.delinde.nl\"}");
		this.browser.driver().findElement(By.id("bestand")).sendKeys(broken.toString());
		this.browser.press("Inlezen");
		assertThat(this.browser.text()).contains("Niets ingelezen: het bestand heeft 2 fouten", "$.description",
				"'www.delinde.nl' is geen volledig webadres. Begin met https://.");
		this.browser.assertAccessible();
		this.browser.screenshot("hsds-fouten");

		Files.writeString(broken, "{\"id\": \"" + id + "\", \"name\": \"Stichting Buurthuis De Linde\", "
				+ "\"description\": \"Buurthuis in Utrecht-West.\", \"website\": \"https://www.delinde.nl\"}");
		this.browser.driver().findElement(By.id("bestand")).sendKeys(broken.toString());
		this.browser.press("Inlezen");
		assertThat(this.browser.text()).contains("Ingelezen: 1 organisaties, 0 locaties, 0 diensten");
		this.browser.assertAccessible();
		this.browser.screenshot("hsds-ingelezen");
		Files.delete(broken);
	}

}
