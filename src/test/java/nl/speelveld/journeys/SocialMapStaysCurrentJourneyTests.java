package nl.speelveld.journeys;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.mail.Outbox;
import nl.speelveld.socialmap.SocialMapFixture;
import nl.speelveld.socialmap.freshness.Reminders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners confirm their entries from a reminder; coordinators work through what is going stale and keep
 * the role typology in their own words. In Chromium, with an axe check of every page.
 */
@SpeelveldTest
class SocialMapStaysCurrentJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	Reminders reminders;

	@Autowired
	Outbox outbox;

	private LocalDate today;

	private UUID organisation;

	@BeforeEach
	void startSignedOut() {
		this.today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		this.organisation = this.socialMap.organisation("Buurtteam Oost " + UUID.randomUUID().toString().substring(0, 6),
				"welzijnsorganisatie", "GM0344");
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void anOwnerConfirmsWhatIsStillRightFromTheReminder() throws IOException {
		String email = AccountsFixture.email("eigenaar");
		UserId owner = this.accounts.person(email, "Olga Eigenaar");
		UUID stillRight = this.socialMap.aPost("opbouwwerker", this.organisation)
			.titled("Opbouwwerker Oost " + UUID.randomUUID().toString().substring(0, 6))
			.covering("WK034406")
			.ownedBy(owner.value())
			.confirmedOn(this.today.minusMonths(7))
			.save();
		UUID changed = this.socialMap.aPost("jongerenwerker", this.organisation)
			.titled("Jongerenwerker Oost " + UUID.randomUUID().toString().substring(0, 6))
			.covering("WK034406")
			.ownedBy(owner.value())
			.confirmedOn(this.today.minusMonths(6))
			.save();
		this.reminders.sendDue(this.today);

		this.browser.open(confirmationLink(email));
		assertThat(this.browser.heading()).isEqualTo("Kloppen je gegevens nog?");
		this.browser.assertAccessible();
		this.browser.screenshot("bevestigen");

		checkbox(stillRight).click();
		checkbox(changed).click();
		this.browser.press("Ja, de aangevinkte gegevens kloppen");
		assertThat(this.browser.text()).contains("Vink minstens één gegeven aan");
		this.browser.assertAccessible();
		this.browser.screenshot("bevestigen-niets-gekozen");

		checkbox(stillRight).click();
		this.browser.press("Ja, de aangevinkte gegevens kloppen");
		assertThat(this.browser.path()).isEqualTo("/sociale-kaart/bevestigd");
		assertThat(this.browser.text()).contains("Eén gegeven is bevestigd.");
		this.browser.assertAccessible();
		this.browser.screenshot("bevestigd");

		this.browser.open(confirmationLink(email));
		assertThat(this.browser.heading()).isEqualTo("Deze link is al gebruikt");
		this.browser.assertAccessible();
		this.browser.screenshot("bevestigen-link-gebruikt");
	}

	@Test
	void aCoordinatorRemindsAnOwnerAndConfirmsForAnother() throws IOException {
		UserId owner = this.accounts.person(AccountsFixture.email("eigenaar"), "Piet Eigenaar");
		String reminded = "Buurtsportcoach Oost " + UUID.randomUUID().toString().substring(0, 6);
		this.socialMap.aPost("buurtsportcoach", this.organisation).titled(reminded).covering("WK034406")
			.ownedBy(owner.value()).confirmedOn(this.today.minusMonths(6).minusDays(5)).save();
		String confirmed = "Buurtconciërge Oost " + UUID.randomUUID().toString().substring(0, 6);
		this.socialMap.aPost("buurtconcierge", this.organisation).titled(confirmed).covering("BU03440611")
			.confirmedOn(this.today.minusYears(3)).save();
		signInAsCoordinator();

		this.browser.open("/beheer");
		this.browser.assertAccessible();
		this.browser.driver().findElement(By.linkText("Verouderde gegevens")).click();
		assertThat(this.browser.text()).contains(reminded, "Piet Eigenaar", confirmed, "Geen eigenaar");
		this.browser.assertAccessible();
		this.browser.screenshot("verouderd");

		this.browser.press("Opnieuw herinneren " + reminded);
		assertThat(this.browser.text()).contains("De herinnering is verstuurd.");
		this.browser.assertAccessible();

		this.browser.press("Bevestigen " + confirmed);
		assertThat(this.browser.text()).contains("De gegevens zijn bevestigd.").doesNotContain(confirmed);
		this.browser.assertAccessible();
		this.browser.screenshot("verouderd-bevestigd");
	}

	@Test
	void aCoordinatorAddsALocalJobTitleAndARole() throws IOException {
		signInAsCoordinator();
		this.browser.open("/beheer/rollen");
		this.browser.assertAccessible();
		this.browser.screenshot("rollen-beheer");

		String title = "Wijkverbinder " + UUID.randomUUID().toString().substring(0, 6);
		new Select(this.browser.driver().findElement(By.id("rol"))).selectByValue("sociaal-makelaar");
		this.browser.fill("titel", title);
		this.browser.press("Functienaam toevoegen");
		assertThat(this.browser.text()).contains("De functienaam is toegevoegd.", title);
		this.browser.assertAccessible();

		this.browser.fill("code", "Niet Goed");
		this.browser.fill("naam", "Buurtmaat");
		this.browser.fill("gewichtG1", "twee");
		this.browser.press("Rol toevoegen");
		assertThat(this.browser.text()).contains("Een code bestaat uit kleine letters", "Kies een of meer bestaande thema");
		this.browser.assertAccessible();
		this.browser.screenshot("rollen-beheer-fouten");
	}

	private void signInAsCoordinator() {
		UUID employer = this.accounts.organisation("Gemeente Utrecht", OrganisationType.GEMEENTE, "GM0344");
		String email = AccountsFixture.email("coordinator");
		this.accounts.coordinator(email, employer, new AreaCode("GM0344"));
		this.browser.open("/inloggen");
		this.browser.fill("wachtwoord-email", email);
		this.browser.fill("wachtwoord", AccountsFixture.PASSWORD);
		this.browser.press("Inloggen");
		assertThat(this.browser.path()).startsWith("/account");
	}

	private org.openqa.selenium.WebElement checkbox(UUID post) {
		return this.browser.driver().findElement(By.id("gegeven-" + post));
	}

	private String confirmationLink(String email) {
		String body = this.outbox.newest(1000).stream()
			.filter(mail -> mail.recipient().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow()
			.body();
		Matcher link = Pattern.compile("https?://\\S+(/sociale-kaart/bevestigen/\\S+)").matcher(body);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
