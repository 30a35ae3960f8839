package nl.speelveld.journeys;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundFixture;
import nl.speelveld.participation.rounds.Voting;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household in Groningen's Oosterparkwijk votes on the neighbourhood budget with the code from its letter,
 * keyboard only: it ticks more than the budget allows and is told so, votes within the budget, changes its
 * vote before voting closes, and after the vote reads the explained results, in which only its new vote
 * counts. Every page is checked with axe.
 */
@SpeelveldTest
class ResidentVotesOnTheBudgetJourneyTests extends BrowserJourney {

	private static final AreaCode OOSTERPARK = new AreaCode("WK001404");

	@Autowired
	ProcessFixture processes;

	@Autowired
	RoundFixture rounds;

	@Autowired
	Voting voting;

	@Test
	void fromTheLetterToTheExplainedResults() throws IOException {
		Process process = this.processes.process(OOSTERPARK, PhaseKind.VOTING, PhaseKind.REPORTING)
			.withBudgeting()
			.titled("Buurtbudget Oosterpark " + UUID.randomUUID().toString().substring(0, 4))
			.open();
		Map<String, Long> projects = new LinkedHashMap<>();
		projects.put("Speeltuin Gorechtpark opknappen", 30_000L);
		projects.put("Moestuin bij het buurthuis", 12_000L);
		projects.put("Bankjes langs het Damsterdiep", 8_000L);
		projects.put("Muurschildering in de Oosterpoort", 15_000L);
		Round round = this.rounds.knapsack(process, 50_000, projects);
		List<String> codes = this.rounds.codes(process, 4);
		// three neighbours voted before her
		vote(process, round, codes.get(1), List.of(1, 2, 3));
		vote(process, round, codes.get(2), List.of(1, 3));
		vote(process, round, codes.get(3), List.of(2, 4));

		String base = "/participatie/" + process.id() + "/begroting";
		this.browser.open("/");
		this.browser.forgetSession();
		this.browser.open(base);
		assertThat(this.browser.heading()).isEqualTo("Stemmen over de begroting");
		assertThat(this.browser.text()).contains("€ 50.000", "Speeltuin Gorechtpark opknappen", "Methode van gelijke delen",
				"Met die code stem je één keer");
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-code");

		keyboardFill("code", codes.get(0).toLowerCase());
		keyboardPress("Ga verder");
		assertThat(this.browser.heading()).isEqualTo("Je stembiljet");
		assertThat(leftToSpend()).isEqualTo("Nog te besteden: € 50.000 van € 50.000");
		this.browser.assertAccessible();

		// all four cost 65,000: the line says so at once, and the server refuses it all the same
		for (int project = 1; project <= 4; project++) {
			tick(project);
		}
		assertThat(leftToSpend()).isEqualTo("Je zit € 15.000 boven het budget van € 50.000. Haal een project weg.");
		this.browser.screenshot("begroting-te-veel");
		keyboardPress("Stem");
		assertThat(this.browser.text()).contains("Samen kosten je projecten € 65.000. Dat is meer dan het budget van € 50.000.");
		this.browser.assertAccessible();

		// within the budget: the speeltuin and the moestuin, 42,000
		tick(3);
		tick(4);
		assertThat(leftToSpend()).isEqualTo("Nog te besteden: € 8.000 van € 50.000");
		keyboardPress("Stem");
		assertThat(this.browser.path()).isEqualTo(base);
		assertThat(this.browser.text()).contains("Dank je wel. Je stem is geteld.", "Je hebt gestemd.");
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-gestemd");

		// she thinks again: the moestuin out, the bankjes in
		tabUntil(element -> "Wijzig je stem".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("Wijzig je stem");
		assertThat(box(1).isSelected()).isTrue();
		assertThat(box(2).isSelected()).isTrue();
		tick(2);
		tick(3);
		assertThat(leftToSpend()).isEqualTo("Nog te besteden: € 12.000 van € 50.000");
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-wijzigen");
		keyboardPress("Bewaar je nieuwe stem");
		assertThat(this.browser.text()).contains("Je stem is gewijzigd. Alleen je nieuwe stem telt.");

		// voting closes; she comes back for the results
		this.processes.inPhase(process, 1);
		this.browser.open(base);
		assertThat(this.browser.text()).contains("Het stemmen is voorbij.");
		this.browser.assertAccessible();
		tabUntil(element -> "Bekijk de uitslag, met uitleg".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.heading()).isEqualTo("De uitslag, uitgelegd");
		assertThat(this.browser.text()).contains("Ieder van de 4 stemmers kreeg € 12.500 van het budget om mee te betalen.",
				"Alle projecten, in de volgorde waarin ze aan de beurt kwamen", "Download de stemmen (.pb)");
		// her new vote counts, the old one not: the speeltuin has 3 votes, the moestuin 2, the bankjes 3, the muurschildering 1
		assertThat(votesOf("Speeltuin Gorechtpark opknappen")).isEqualTo("3");
		assertThat(votesOf("Moestuin bij het buurthuis")).isEqualTo("2");
		assertThat(votesOf("Bankjes langs het Damsterdiep")).isEqualTo("3");
		assertThat(votesOf("Muurschildering in de Oosterpoort")).isEqualTo("1");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.round-results tbody tr"))).hasSize(4);
		this.browser.assertAccessible();
		this.browser.screenshot("begroting-uitslag");
	}

	private void vote(Process process, Round round, String code, List<Integer> projects) {
		this.voting.cast(process, round, this.voting.byCode(process, round, code, "buur-" + UUID.randomUUID()), projects);
	}

	/** Tabs to the project's box and presses Space, as a keyboard user ticks or unticks it. */
	private void tick(int project) {
		tabUntil(element -> ("project-" + project).equals(element.getAttribute("id")));
		press(Keys.SPACE);
	}

	private WebElement box(int project) {
		return this.browser.driver().findElement(By.id("project-" + project));
	}

	private String leftToSpend() {
		return this.browser.driver().findElement(By.id("budget-over")).getText();
	}

	private String votesOf(String project) {
		return this.browser.driver()
			.findElement(By.xpath("//table[contains(@class,'round-results')]//tr[th[normalize-space()='" + project + "']]/td[1]"))
			.getText();
	}

}
