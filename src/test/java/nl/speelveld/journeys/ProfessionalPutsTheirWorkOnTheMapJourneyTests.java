package nl.speelveld.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional signs in, makes their work profile and a post, and finds it where residents look: on the
 * who-works-here page of their wijk. A coordinator keeps the map of their gemeente and imports posts.
 * Every page passes axe.
 */
@SpeelveldTest
class ProfessionalPutsTheirWorkOnTheMapJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture fixture;

	private String unique;

	@BeforeEach
	void startSignedOut() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aProfessionalMakesTheirProfileAndAPostAndSeesItInTheirWijk() throws IOException {
		var employer = this.fixture.organisation("Buurtwerk Binnenstad " + this.unique,
				OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		String email = AccountsFixture.email("opbouwwerker");
		this.fixture.professional(email, employer);
		signInWithPassword(email);
		this.browser.assertAccessible();

		this.browser.driver().findElement(By.linkText("Mijn werk op de sociale kaart")).click();
		assertThat(this.browser.heading()).isEqualTo("Mijn werk");
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-werk-leeg");

		this.browser.driver().findElement(By.linkText("Werkprofiel maken")).click();
		this.browser.fill("naam", "O");
		this.browser.press("Werkprofiel maken");
		assertThat(this.browser.text()).contains("Vul minstens 2 tekens in.");
		this.browser.assertAccessible();
		this.browser.screenshot("werkprofiel-fout");
		this.browser.fill("naam", "Olga Opbouw " + this.unique);
		this.browser.fill("over", "Ik help bewoners die samen iets willen doen in hun buurt.");
		this.browser.press("Werkprofiel maken");
		assertThat(this.browser.text()).contains("Je werkprofiel is gemaakt.", "Olga Opbouw " + this.unique);

		this.browser.driver().findElement(By.linkText("Nieuwe post")).click();
		assertThat(this.browser.heading()).isEqualTo("Nieuwe post");
		this.browser.assertAccessible();
		this.browser.screenshot("post-rol");
		new Select(this.browser.driver().findElement(By.id("rol"))).selectByValue("opbouwwerker");
		this.browser.press("Verder");
		this.browser.fill("titel", "Opbouwwerker Binnenstad " + this.unique);
		assertThat(new Select(this.browser.driver().findElement(By.id("organisatie"))).getFirstSelectedOption().getText())
			.isEqualTo("Buurtwerk Binnenstad " + this.unique);
		this.browser.fill("website", "www.voorbeeld.nl");
		this.browser.press("Post opslaan");
		assertThat(this.browser.text()).contains("Kies minstens één gebied.", "www.voorbeeld.nl is geen webadres.");
		this.browser.assertAccessible();
		this.browser.screenshot("post-fout");

		this.browser.driver().findElement(By.id("gebied-WK034406")).click();
		this.browser.driver().findElement(By.id("thema-zelforganisatie")).click();
		this.browser.driver().findElement(By.id("taal-en")).click();
		this.browser.fill("bereikbaarheid", "maandag tot en met donderdag");
		this.browser.fill("website", "https://www.voorbeeld.nl");
		this.browser.fill("email", "olga@example.org");
		this.browser.screenshot("post-formulier");
		this.browser.press("Post opslaan");
		assertThat(this.browser.path()).isEqualTo("/account/werk");
		assertThat(this.browser.text()).contains("De post staat op de sociale kaart.", "Opbouwwerker Binnenstad " + this.unique);
		this.browser.assertAccessible();
		this.browser.screenshot("mijn-werk");

		this.browser.driver().findElement(By.linkText("Wijk 06 Binnenstad")).click();
		assertThat(this.browser.path()).isEqualTo("/gebied/WK034406/wie-werkt-hier");
		assertThat(this.browser.text()).contains("Olga Opbouw " + this.unique, "Opbouwwerker Binnenstad " + this.unique,
				"olga@example.org");
		this.browser.assertAccessible();
		this.browser.screenshot("wie-werkt-hier-met-post");

		this.browser.driver().findElement(By.linkText("Olga Opbouw " + this.unique)).click();
		assertThat(this.browser.text()).contains("Ik help bewoners", "Bewerken");
		this.browser.assertAccessible();
	}

	@Test
	void aCoordinatorKeepsTheMapOfTheirGemeenteAndImportsPosts() throws IOException {
		var gemeente = this.fixture.organisation("Gemeente Utrecht " + this.unique, OrganisationType.GEMEENTE, "GM0344");
		String email = AccountsFixture.email("coordinator");
		this.fixture.coordinator(email, gemeente, new AreaCode("GM0344"));
		signInWithPassword(email);

		this.browser.open("/beheer");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.cssSelector("main a[href='/beheer/sociale-kaart']")).click();
		assertThat(this.browser.heading()).isEqualTo("Sociale kaart");
		this.browser.assertAccessible();
		this.browser.screenshot("beheer-sociale-kaart");

		this.browser.driver().findElement(By.linkText("Nieuwe organisatie")).click();
		this.browser.fill("naam", "Huurders Binnenstad " + this.unique);
		this.browser.fill("gebieden", "WK034406 GM9999");
		this.browser.press("Organisatie toevoegen");
		assertThat(this.browser.text()).contains("Kies de soort organisatie.", "Het gebied GM9999 kennen we niet.");
		this.browser.assertAccessible();
		this.browser.screenshot("organisatie-fout");
		new Select(this.browser.driver().findElement(By.id("soort"))).selectByValue("bewonersorganisatie");
		this.browser.fill("gebieden", "");
		this.browser.driver().findElement(By.id("gebied-WK034406")).click();
		this.browser.press("Organisatie toevoegen");
		assertThat(this.browser.text()).contains("De organisatie staat op de sociale kaart.");
		this.browser.assertAccessible();

		this.browser.open("/sociale-kaart/plekken/nieuw");
		this.browser.fill("naam", "Buurthuis " + this.unique);
		this.browser.press("Plek toevoegen");
		assertThat(this.browser.text()).contains("Kies de soort plek.");
		this.browser.assertAccessible();
		this.browser.screenshot("plek-fout");

		this.browser.open("/sociale-kaart/diensten/nieuw");
		this.browser.press("Dienst toevoegen");
		assertThat(this.browser.text()).contains("Kies een organisatie.");
		this.browser.assertAccessible();
		this.browser.screenshot("dienst-fout");

		this.browser.open("/beheer/sociale-kaart/import");
		this.browser.assertAccessible();
		Path file = Files.createTempFile("posten", ".csv");
		Files.writeString(file, "rol;titel;organisatie;gebieden\nastronaut;Ruimte;Huurders Binnenstad " + this.unique
				+ ";WK034406\nopbouwwerker;Opbouwwerker " + this.unique + ";Huurders Binnenstad " + this.unique
				+ ";WK034406\n", StandardCharsets.UTF_8);
		this.browser.driver().findElement(By.id("bestand")).sendKeys(file.toAbsolutePath().toString());
		this.browser.press("Importeren");
		assertThat(this.browser.text()).contains("Regel 2: de rol 'astronaut' kennen we niet.", "Er is niets opgeslagen.");
		this.browser.assertAccessible();
		this.browser.screenshot("import-fout");

		Files.writeString(file, "rol;titel;organisatie;gebieden\nopbouwwerker;Opbouwwerker " + this.unique
				+ ";Huurders Binnenstad " + this.unique + ";WK034406\n", StandardCharsets.UTF_8);
		this.browser.driver().findElement(By.id("bestand")).sendKeys(file.toAbsolutePath().toString());
		this.browser.press("Importeren");
		assertThat(this.browser.text()).contains("1 posten toegevoegd");
		this.browser.assertAccessible();
		this.browser.screenshot("import-klaar");
		Files.delete(file);

		this.browser.open("/beheer/sociale-kaart?q=" + this.unique);
		assertThat(this.browser.text()).contains("Opbouwwerker " + this.unique);
		this.browser.driver().findElement(By.cssSelector("a[aria-label='Bewerk Opbouwwerker " + this.unique + "']")).click();
		assertThat(this.browser.heading()).isEqualTo("Post bewerken");
		this.browser.assertAccessible();
		this.browser.screenshot("post-bewerken");
	}


}
