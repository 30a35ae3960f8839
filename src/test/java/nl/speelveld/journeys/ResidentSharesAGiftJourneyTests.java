package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident signs in, shares a gift by keyboard with consent and for everyone to see, finds it on the
 * buurtkaart of their wijk without their name, and withdraws it. Every page passes axe.
 */
@SpeelveldTest
class ResidentSharesAGiftJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture fixture;

	@Test
	void aResidentSharesAGiftSeesItOnTheBuurtkaartAndWithdrawsIt() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		String email = AccountsFixture.email("bewoner");
		String name = "Bea Bakker" + unique;
		this.fixture.person(email, name);
		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(email);

		this.browser.driver().findElement(By.linkText("Mijn gaven en talenten")).click();
		assertThat(this.browser.heading()).isEqualTo("Mijn gaven en talenten");
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-gaven-leeg");

		// Without the consent box nothing is stored, and the page says why next to the box.
		String gift = "Ik kan goed koken voor grote groepen " + unique;
		this.browser.fill("tekst", gift);
		this.browser.fill("postcode", "3511");
		this.browser.press("Gave opslaan");
		assertThat(this.browser.text()).contains("Zet een vinkje als je het goed vindt dat we je gave bewaren.");
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-gaven-zonder-toestemming");

		// By keyboard: public, consent, save.
		this.browser.driver().findElement(By.id("tekst")).click();
		tabUntil(element -> "openbaar".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "toestemming".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		tabUntil(element -> "Gave opslaan".equals(element.getText()));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> this.browser.text().contains("iedereen kan hem zien op de buurtkaart"));
		assertThat(this.browser.text()).contains(gift, "Iedereen ziet dit op de buurtkaart, zonder je naam.");
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-gaven-gedeeld");

		this.browser.driver().findElement(By.linkText("Bekijk op de buurtkaart")).click();
		assertThat(this.browser.path()).startsWith("/gebied/").contains("/buurtkaart");
		assertThat(this.browser.heading()).startsWith("Wat is er al in");
		assertThat(this.browser.text()).contains(gift).doesNotContain(name, email);
		this.browser.assertAccessible();
		this.browser.screenshot("buurtkaart-met-gave");

		this.browser.open("/mijn-gaven");
		tabUntil(element -> element.getText().startsWith("Intrekken"));
		press(Keys.ENTER);
		this.browser.waitUpTo(Duration.ofSeconds(10))
			.until(driver -> this.browser.text().contains("Je gave is ingetrokken en meteen verwijderd."));
		assertThat(this.browser.text()).doesNotContain(gift);
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-gaven-ingetrokken");
	}

}
