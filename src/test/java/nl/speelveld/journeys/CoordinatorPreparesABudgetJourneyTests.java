package nl.speelveld.journeys;

import java.io.IOException;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.RoundStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of Groningen prepares the neighbourhood budget of a draft process, keyboard only: the
 * budget and rules (first with an amount that is no amount), then two projects, one refused for costing more
 * than the whole budget. Every page is checked with axe.
 */
@SpeelveldTest
class CoordinatorPreparesABudgetJourneyTests extends BrowserJourney {

	@Autowired
	ProcessFixture processes;

	@Autowired
	RoundStore rounds;

	@Autowired
	AccountsFixture accounts;

	@Test
	void fromTheSettingsToTheBallot() throws IOException {
		String email = AccountsFixture.email("regisseur");
		this.accounts.coordinator(email, this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(),
				OrganisationType.GEMEENTE, "GM0014"), new AreaCode("GM0014"));
		Process process = this.processes.process(new AreaCode("WK001411"), PhaseKind.PROPOSALS, PhaseKind.VOTING)
			.withBudgeting()
			.titled("Buurtbudget Noordoost " + UUID.randomUUID().toString().substring(0, 4))
			.draft();
		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(email);

		this.browser.open("/beheer/participatie/" + process.id());
		tabUntil(element -> "Begroting beheren".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Begroting beheren");
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-beheren-leeg");

		keyboardFill("budget", "zestigduizend");
		keyboardPress("Bewaar");
		assertThat(this.browser.text()).contains("Vul een bedrag in hele euro's in, groter dan 0.");
		this.browser.assertAccessible();

		keyboardReplace("budget", "60.000");
		keyboardFill("categories", "Groen\nSamen");
		keyboardPress("Bewaar");
		assertThat(this.browser.text()).contains("De begroting is bewaard.");
		assertThat(this.rounds.get(process.id()).budget()).isEqualTo(60_000);

		keyboardFill("title", "Tiny forest bij de school");
		keyboardFill("cost", "75000");
		keyboardPress("Zet op het stembiljet");
		assertThat(this.browser.text()).contains("Het project kost meer dan het hele budget en kan dus nooit winnen.");
		this.browser.assertAccessible();

		keyboardReplace("cost", "25000");
		keyboardPress("Zet op het stembiljet");
		assertThat(this.browser.text()).contains("Het project staat op het stembiljet.", "Tiny forest bij de school", "€ 25.000");
		assertThat(this.rounds.get(process.id()).projects()).hasSize(1);
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-beheren");
	}

}
