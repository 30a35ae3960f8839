package nl.speelveld.journeys;

import java.io.IOException;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident who hears too much asks for a weekly digest on their account page, in Chromium, with an axe check. */
@SpeelveldTest
class ResidentChoosesHowOftenToHearJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture fixture;

	@Test
	void aResidentChoosesAWeeklyDigest() throws IOException {
		String email = AccountsFixture.email("wekelijks");
		this.fixture.person(email, "Bewoner Wekelijks");
		signInWithPassword(email);

		this.browser.open("/account");
		var choice = this.browser.driver().findElement(By.id("overzicht-weekly"));
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", choice);
		assertThat(this.browser.driver().findElement(By.id("overzicht")).isSelected()).as("daily unless chosen otherwise").isTrue();
		this.browser.assertAccessible();
		this.browser.screenshot("account-meldingen");

		this.browser.driver().findElement(By.cssSelector("label[for=overzicht-weekly]")).click();
		this.browser.press("Keuze opslaan");

		assertThat(this.browser.path()).isEqualTo("/account");
		assertThat(this.browser.text()).contains("Opgeslagen. Is er iets nieuw, dan krijg je op maandagochtend een overzicht.");
		assertThat(this.browser.driver().findElement(By.id("overzicht-weekly")).isSelected()).isTrue();
		this.browser.assertAccessible();
	}

}
