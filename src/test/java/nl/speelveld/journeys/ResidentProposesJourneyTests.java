package nl.speelveld.journeys;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident of Groningen's Centrum proposes a place to sit, with a postcode for where, and supports a
 * neighbour's proposal; the coordinator who runs the process answers that it is adopted, with reasons;
 * the resident then reads the outcome on the proposal's page. In Chromium, by keyboard, with an axe check
 * of every page.
 */
@SpeelveldTest
class ResidentProposesJourneyTests extends BrowserJourney {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	AccountsFixture accounts;

	private Process process;

	private String resident;

	private String coordinator;

	private String neighboursTitle;

	@BeforeEach
	void anOpenProcessInTheCentrum() {
		String marker = UUID.randomUUID().toString().substring(0, 6);
		this.process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT)
			.titled("Samen de binnenstad groener maken " + marker)
			.open();
		this.resident = AccountsFixture.email("bewoner");
		this.accounts.person(this.resident, "Rosa Willems");
		UserId neighbour = this.accounts.person(AccountsFixture.email("buurman"), "Henk");
		this.neighboursTitle = "Geveltuintjes in de Folkingestraat " + marker;
		this.proposals.proposal(this.process, neighbour, this.neighboursTitle);
		this.coordinator = AccountsFixture.email("coordinator-groningen");
		UUID groningen = this.accounts.organisation("Gemeente Groningen " + marker, OrganisationType.GEMEENTE, "GM0014");
		this.accounts.coordinator(this.coordinator, groningen, new AreaCode("GM0014"));
		this.browser.open("/");
		this.browser.forgetSession();
	}

	@Test
	void aResidentProposesSupportsANeighbourAndReadsTheAnswer() throws IOException {
		String title = "Bankjes op het Akerkhof " + UUID.randomUUID().toString().substring(0, 6);
		String list = "/participatie/" + this.process.id() + "/voorstellen";

		signInWithPassword(this.resident);
		this.browser.open(list);
		assertThat(this.browser.heading()).isEqualTo("Voorstellen van bewoners");
		assertThat(this.browser.text()).contains(this.neighboursTitle, "1 voorstel");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstellen-lijst");

		tabUntil(element -> "Doe een voorstel".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Een voorstel doen");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-nieuw");

		keyboardFill("title", title);
		keyboardFill("body", "Op het Akerkhof kun je nergens zitten. Met een paar bankjes kunnen ouderen er even uitrusten.");
		keyboardFill("postcode", "9737");
		readAsAPersonWould();
		keyboardPress("Voorstel versturen");
		assertThat(this.browser.text()).contains("Deze postcode ligt niet in het gebied van dit traject");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-postcode-fout");

		tabUntil(element -> "postcode".equals(element.getAttribute("id")));
		press(Keys.END);
		for (int i = 0; i < "9737".length(); i++) {
			press(Keys.BACK_SPACE);
		}
		type("9712");
		readAsAPersonWould();
		keyboardPress("Voorstel versturen");
		assertThat(this.browser.heading()).as(this.browser.text()).isEqualTo(title);
		assertThat(this.browser.text()).contains("Je voorstel staat erop.", "Door Rosa Willems", "Nog geen antwoord.",
				"Dit is jouw voorstel.");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-ingediend");
		String proposal = this.browser.path();

		this.browser.open(list);
		tabUntil(element -> this.neighboursTitle.equals(element.getText()));
		pressEnterForTheNextPage();
		keyboardPress("Ik steun dit voorstel");
		assertThat(this.browser.text()).contains("Bedankt voor je steun.", "1 persoon steunt dit", "Je steunt dit voorstel.");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-gesteund");
		tabUntil(element -> "argument-voor".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardFill("argument-tekst", "Met bankjes blijven ouderen langer in hun eigen buurt.");
		readAsAPersonWould();
		keyboardPress("Argument plaatsen");
		assertThat(this.browser.text()).contains("Voor (1)", "Met bankjes blijven ouderen langer in hun eigen buurt.");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-argument");

		this.browser.forgetSession();
		signInWithPassword(this.coordinator);
		this.browser.open(proposal);
		assertThat(this.browser.text()).contains("Antwoord geven");
		this.browser.assertAccessible();
		tabUntil(element -> "outcome-adopted".equals(element.getAttribute("id")));
		press(Keys.SPACE);
		keyboardPress("Antwoord opslaan");
		assertThat(this.browser.text()).contains("Schrijf op waarom.");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-antwoord-fout");
		keyboardFill("reason", "Er komen drie bankjes, in het voorjaar. Ze passen in het plan voor de binnenstad.");
		keyboardPress("Antwoord opslaan");
		assertThat(this.browser.text()).contains("Het antwoord is opgeslagen.", "Overgenomen", "Er komen drie bankjes");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-antwoord");

		this.browser.forgetSession();
		signInWithPassword(this.resident);
		this.browser.open(proposal);
		this.browser.waitUpTo(Duration.ofSeconds(5)).until(driver -> title.equals(this.browser.heading()));
		assertThat(this.browser.text()).contains("Wat gebeurt er met dit voorstel?", "Overgenomen",
				"Er komen drie bankjes, in het voorjaar.", "Antwoord van Gemeente, team Wijken")
			.doesNotContain("Antwoord opslaan");
		this.browser.assertAccessible();
		this.browser.screenshot("voorstel-uitkomst");

		this.browser.open(list + "?uitkomst=adopted");
		assertThat(this.browser.text()).contains(title, "Overgenomen").doesNotContain(this.neighboursTitle);
		this.browser.assertAccessible();
		this.browser.screenshot("voorstellen-overgenomen");
	}

}
