package nl.speelveld.journeys;

import java.io.IOException;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A residents' association in the Oosterparkwijk challenges the gemeente Groningen to let it maintain the
 * park: a resident submits the request with the gemeente's criteria in view, a coordinator takes it,
 * assesses it per criterion and grants it with reasons, and the public register shows it, without the
 * resident's name. In Chromium, by keyboard, with an axe check of every page.
 */
@SpeelveldTest
class GroupChallengesATaskJourneyTests extends BrowserJourney {

	@Autowired
	AccountsFixture accounts;

	private String residentEmail;

	private String residentName;

	private String coordinatorEmail;

	private String task;

	@BeforeEach
	void theOosterparkwijk() {
		this.residentEmail = AccountsFixture.email("parkvriend");
		this.residentName = "Priya Parkvriend " + UUID.randomUUID().toString().substring(0, 4);
		this.accounts.person(this.residentEmail, this.residentName);
		UUID municipality = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0014");
		this.coordinatorEmail = AccountsFixture.email("participatiemakelaar");
		this.accounts.coordinator(this.coordinatorEmail, municipality, new AreaCode("GM0014"));
		this.task = "Onderhoud van het Oosterpark " + UUID.randomUUID().toString().substring(0, 6);
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aResidentsAssociationTakesOverTheParkAndTheRegisterShowsIt() throws IOException {
		signInWithPassword(this.residentEmail);
		this.browser.open("/uitdaagrecht/nieuw");
		assertThat(this.browser.heading()).isEqualTo("Een taak van de gemeente overnemen");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-gebied");
		keyboardFill("gebied", "9713");
		keyboardPress("Verder");
		assertThat(this.browser.text()).contains("In Oosterparkwijk, gemeente Groningen.", "Waar Groningen op let",
				"Draagvlak in de buurt", "Deskundigheid en continuïteit", "De gemeente neemt binnen 10 weken een besluit.");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-formulier");

		keyboardFill("task", this.task);
		keyboardFill("domain", "Groen");
		keyboardFill("groupName", "Bewonersvereniging Oosterpark");
		keyboardFill("plan", "Wij maaien, snoeien en vegen het park zelf, elke week met een vaste ploeg vrijwilligers. "
				+ "We planten inheemse bloemen en houden twee keer per jaar een parkdag met de buurt.");
		keyboardFill("budgetCurrent", "45.000");
		keyboardFill("supportersPeople", "140");
		keyboardFill("supportersOrganisations", "3");
		keyboardFill("supportNote", "Ruim 140 leden, de speeltuinvereniging en de basisschool.");
		keyboardFill("contactName", "De secretaris");
		keyboardFill("contactEmail", "secretaris@oosterpark.example.org");
		keyboardPress("Uitdaging indienen");
		assertThat(this.browser.text()).contains("Vul in hoeveel geld jullie vragen");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-formulier-fout");
		keyboardFill("budgetAsked", "38.000");
		keyboardPress("Uitdaging indienen");
		assertThat(this.browser.heading()).isEqualTo(this.task);
		assertThat(this.browser.text()).contains("Je uitdaging is ingediend", "Ingediend", "€ 38.000", "€ 45.000",
				"140 mensen en 3 organisaties", "secretaris@oosterpark.example.org", "Ingediend door de aanvragers.");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-ingediend");
		String page = this.browser.path();

		this.browser.forgetSession();
		signInWithPassword(this.coordinatorEmail);
		this.browser.open("/beheer/uitdaagrecht");
		assertThat(this.browser.text()).contains("Lopende aanvragen", this.task);
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-werklijst");
		tabUntil(element -> this.task.equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.path()).isEqualTo(page);
		keyboardPress("Ik pak deze uitdaging op");
		assertThat(this.browser.text()).contains("Je beoordeelt deze uitdaging nu.", "Wordt beoordeeld", "Beoordelen per criterium");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-opgepakt");

		String[] notes = { "140 leden en drie organisaties steunen het plan.", "Wekelijks onderhoud, vaker dan nu.",
				"Goedkoper dan het huidige contract.", "Het park blijft voor iedereen open.", "Een vaste ploeg met een hovenier." };
		for (int i = 0; i < notes.length; i++) {
			String radio = "verdict-" + i + "-met";
			tabUntil(element -> radio.equals(element.getAttribute("id")));
			press(Keys.SPACE);
			keyboardFill("note-" + i, notes[i]);
		}
		keyboardPress("Beoordeling opslaan");
		assertThat(this.browser.text()).contains("De beoordeling is opgeslagen.", "Beoordeling: 5 criteria voldaan, 0 deels, 0 niet.",
				"Besluit nemen");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-beoordeeld");

		tabUntil(element -> "decision-granted".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardPress("Besluit opslaan");
		assertThat(this.browser.text()).contains("Schrijf de redenen van het besluit op");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-besluit-fout");
		keyboardFill("reasons", "De vereniging doet het onderhoud minstens zo goed en goedkoper, met veel steun in de buurt.");
		keyboardPress("Besluit opslaan");
		assertThat(this.browser.text()).contains("Het besluit is opgeslagen", "Besluit van de gemeente", "Toegekend",
				"De vereniging doet het onderhoud minstens zo goed", "Besluit van de gemeente: Toegekend.");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-toegekend");

		this.browser.forgetSession();
		this.browser.open("/uitdaagrecht");
		this.browser.assertAccessible();
		keyboardFill("filter-gemeente", "Groningen");
		keyboardFill("filter-status", "Toegekend");
		keyboardPress("Toon aanvragen");
		assertThat(this.browser.path()).contains("gemeente=GM0014", "status=granted");
		assertThat(this.browser.text()).contains(this.task, "Bewonersvereniging Oosterpark", "Oosterparkwijk, Groningen",
				"Beoordeling: 5 criteria voldaan, 0 deels, 0 niet.", "De vereniging doet het onderhoud minstens zo goed")
			.doesNotContain(this.residentName, "secretaris@oosterpark.example.org");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-register");
		tabUntil(element -> this.task.equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).doesNotContain(this.residentName, "secretaris@oosterpark.example.org", "Contact");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-openbaar");
	}

	@Test
	void aCoordinatorSetsTheCriteriaAndReadsTheYearlyReport() throws IOException {
		signInWithPassword(this.coordinatorEmail);
		this.browser.open("/beheer/uitdaagrecht/criteria?gemeente=GM0014");
		assertThat(this.browser.text()).contains("Uitdaagrecht in Groningen", "standaardcriteria");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-criteria");
		this.browser.open("/beheer/uitdaagrecht/jaarverslag?gemeente=GM0014");
		assertThat(this.browser.text()).contains("Uitdaagrecht in Groningen", "In cijfers", "Per status");
		this.browser.assertAccessible();
		this.browser.screenshot("uitdaagrecht-jaarverslag");
	}

}
