package nl.speelveld.journeys;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of Groningen prepares a participation process for the Centrum, says honestly which rung it
 * is on, opens it, answers every proposal residents made with reasons, takes it through its phases to the
 * end and accounts for what happened with residents' input. In Chromium, by keyboard, with an axe check of every page.
 */
@SpeelveldTest
class CoordinatorRunsAProcessJourneyTests extends BrowserJourney {

	private static final List<String> OUTCOMES = List.of("adopted", "partly", "not_adopted", "council");

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fromDraftThroughItsPhasesToTheReport() throws IOException {
		String email = AccountsFixture.email("regisseur");
		this.accounts.coordinator(email, this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(),
				OrganisationType.GEMEENTE, "GM0014"), new AreaCode("GM0014"));
		String title = "Groen op de Vismarkt " + UUID.randomUUID().toString().substring(0, 6);
		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(email);

		this.browser.open("/beheer");
		tabUntil(element -> "/beheer/participatie".equals(element.getDomAttribute("href")));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Participatietrajecten");
		this.browser.assertAccessible();
		tabUntil(element -> "Nieuw traject".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Nieuw participatietraject");
		this.browser.assertAccessible();

		keyboardReplace("area", "WK001400");
		keyboardFill("title", title);
		keyboardFill("question", "Hoe maken we de Vismarkt groener?");
		keyboardFill("ownerName", "Gemeente Groningen, team Centrum");
		tabUntil(element -> "rung-raadplegen".equals(element.getAttribute("id")));
		press(Keys.ARROW_DOWN);
		keyboardFill("influence", "De gemeente werkt de voorstellen met de meeste steun uit in het ontwerp.");
		tabUntil(element -> "component-meetings".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		choosePhase(0, "Voorstellen", "Ideeën indienen", 0);
		choosePhase(1, "Beoordeling", "De gemeente beoordeelt", 3);
		choosePhase(2, "Verantwoording", "Wat er met de ideeën gebeurt", 6);
		this.browser.screenshot("traject-nieuw");
		keyboardPress("Traject opslaan als concept");
		assertThat(this.browser.heading()).isEqualTo("Traject bewerken: " + title);
		assertThat(this.browser.text()).contains("Het traject is opgeslagen als concept.");
		this.browser.assertAccessible();

		keyboardPress("Traject openen");
		assertThat(this.browser.text()).contains("Het traject is open.", "Fase 1 van 3: Ideeën indienen");
		this.browser.assertAccessible();
		this.browser.screenshot("traject-beheer");

		tabUntil(element -> "Bekijk de openbare pagina van dit traject".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo(title);
		assertThat(this.browser.text()).contains("Trede: Adviseren", "nu bezig", "Voorstellen (nu open)");
		this.browser.assertAccessible();
		this.browser.screenshot("traject");
		tabUntil(element -> "Dit traject beheren".equals(element.getText()));
		pressEnterForTheNextPage();

		UUID process = UUID.fromString(this.browser.path().replaceAll(".*/participatie/([^/#?]+).*", "$1"));
		residentsPropose(process, "Bomen langs de Vismarkt", "Een bloeiende border bij de Korenbeurs");
		keyboardPress("Naar de volgende fase: De gemeente beoordeelt");
		assertThat(this.browser.text()).contains("Fase 2 van 3: De gemeente beoordeelt");

		this.browser.open("/participatie/" + process + "/voorstellen?uitkomst=unanswered");
		this.browser.assertAccessible();
		answer("Bomen langs de Vismarkt", "adopted", "Er komen zes lindes in het ontwerp, langs de noordkant.");
		this.browser.open("/participatie/" + process + "/voorstellen?uitkomst=unanswered");
		answer("Een bloeiende border bij de Korenbeurs", "not_adopted",
				"De markt heeft die ruimte nodig voor de kramen; de border komt op het Akerkhof.");
		this.browser.open("/participatie/" + process + "/voorstellen?uitkomst=unanswered");
		assertThat(this.browser.text()).doesNotContain("Bomen langs de Vismarkt", "Een bloeiende border");
		this.browser.open("/beheer/participatie/" + process);
		keyboardPress("Naar de volgende fase: Wat er met de ideeën gebeurt");
		keyboardPress("Traject afsluiten");
		assertThat(this.browser.text()).contains("Het traject is afgesloten. Schrijf nu het verslag");
		this.browser.assertAccessible();
		keyboardFill("verantwoording", "Er kwamen 23 ideeën. De vijf met de meeste steun komen in het ontwerp.");
		keyboardPress("Verslag opslaan");
		assertThat(this.browser.text()).contains("Het verslag staat op de openbare pagina.");

		this.browser.open("/gebied/WK001400/participatie");
		this.browser.assertAccessible();
		tabUntil(element -> title.equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).contains("Wat is er met je inbreng gedaan?", "Er kwamen 23 ideeën.",
				"Dit traject is afgesloten.", "Het traject is afgesloten.", "Overgenomen", "Niet overgenomen",
				"Er komen zes lindes in het ontwerp", "de border komt op het Akerkhof");
		assertThat(this.browser.driver().findElement(By.cssSelector(".process-report table")).getText())
			.as("every proposal answered").contains("Nog geen antwoord 0", "Overgenomen 1", "Niet overgenomen 1");
		this.browser.assertAccessible();
		this.browser.screenshot("traject-afgesloten");
	}

	/** Two residents' proposals, as the proposal phase would bring them in. */
	private void residentsPropose(UUID process, String... titles) {
		for (String title : titles) {
			UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
			this.jdbc.sql("""
					insert into participation_proposal (id, process_id, author_id, author_name, title, body)
					values (?, ?, ?, 'Buren van de Vismarkt', ?, 'Meer groen maakt de markt koeler en mooier.')""")
				.params(UUID.randomUUID(), process, resident.value(), title)
				.update();
		}
	}

	/** Opens the proposal from the list and answers it with an outcome and its reasons, by keyboard. */
	private void answer(String title, String outcome, String reason) throws IOException {
		tabUntil(element -> title.equals(element.getText()));
		pressEnterForTheNextPage();
		// Tab reaches a group of radio buttons once; the arrow keys choose within it, as a keyboard user does.
		tabUntil(element -> "outcome-adopted".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		for (int i = 0; i < OUTCOMES.indexOf(outcome); i++) {
			press(Keys.ARROW_DOWN);
		}
		keyboardFill("reason", reason);
		keyboardPress("Antwoord opslaan");
		assertThat(this.browser.text()).contains(reason);
		this.browser.assertAccessible();
		this.browser.screenshot("traject-voorstel-beantwoord");
	}

	/** One row of phases: its kind by typing the start of its name in the list, its name, and its dates. */
	private void choosePhase(int row, String kind, String name, int weeksFromNow) {
		tabUntil(element -> ("phase-kind-" + row).equals(element.getAttribute("id")));
		type(kind);
		keyboardFill("phase-title-" + row, name);
		// A date field is the browser's own control; its keyboard use differs per language, so the value is set directly.
		LocalDate start = LocalDate.now().plusWeeks(weeksFromNow);
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"document.getElementById(arguments[0]).value = arguments[2];"
						+ "document.getElementById(arguments[1]).value = arguments[3];",
				"phase-start-" + row, "phase-end-" + row, start.toString(), start.plusWeeks(3).minusDays(1).toString());
	}

}
