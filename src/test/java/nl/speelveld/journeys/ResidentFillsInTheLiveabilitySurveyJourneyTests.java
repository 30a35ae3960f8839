package nl.speelveld.journeys;

import java.io.IOException;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.surveys.SurveysFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident of Groningen fills in the liveability survey of an open process in its survey phase, with the
 * keyboard only: first forgetting a question, then complete. After the thanks, the area's liveability page
 * shows the radar of the five responses, hers and four neighbours'. Every page is checked with axe.
 */
@SpeelveldTest
class ResidentFillsInTheLiveabilitySurveyJourneyTests extends BrowserJourney {

	/** A wijk of Groningen that no other test asks about liveability. */
	private static final String WIJK = "WK001417";

	/** Her scores per theme, in the order of the themes: low on traffic and parking, high on green. */
	private static final int[] HERS = { 5, 4, 2, 4, 6, 5, 5, 4, 4, 5, 5, 4, 3, 3 };

	@Autowired
	ProcessFixture processes;

	@Autowired
	SurveysFixture surveys;

	@Autowired
	AccountsFixture accounts;

	@Test
	void fromTheQuestionsToTheRadarOfTheNeighbourhood() throws IOException {
		Process process = this.processes.process(new AreaCode(WIJK), PhaseKind.INFORMATION, PhaseKind.SURVEY)
			.titled("Samen aan de slag in de wijk " + UUID.randomUUID().toString().substring(0, 4))
			.openIn(1);
		UUID survey = this.surveys.liveability(process);
		int[][] neighbours = { { 6, 5, 3, 4, 6, 4, 5, 3, 4, 4, 5, 5, 4, 3 }, { 4, 4, 2, 3, 5, 5, 4, 4, 3, 5, 4, 4, 3, 2 },
				{ 5, 3, 3, 5, 7, 5, 6, 4, 5, 5, 6, 5, 4, 4 }, { 5, 5, 2, 4, 6, 4, 5, 3, 4, 4, 5, 4, 3, 3 } };
		for (int[] scores : neighbours) {
			this.surveys.respondLiveability(survey, scores, "");
		}
		String email = AccountsFixture.email("bewoner");
		this.accounts.person(email, "Sanne Bewoner");
		this.browser.open("/");
		this.browser.forgetSession();
		signInWithPassword(email);

		String page = "/participatie/" + process.id() + "/vragenlijsten/" + survey;
		this.browser.open(page);
		assertThat(this.browser.heading()).isEqualTo("Hoe leefbaar is jouw buurt?");
		assertThat(this.browser.text()).contains("Vraag 1.", "Kun je in je buurt makkelijk en prettig lopen en fietsen?",
				"er moet veel verbeteren", "het is hier heel goed");
		this.browser.assertAccessible();
		this.browser.screenshot("vragenlijst-leefbaarheid");

		// Everything but the question about feeling safe (the twelfth), then send
		for (int question = 0; question < HERS.length; question++) {
			if (question != 11) {
				chooseWithTheKeyboard(question, HERS[question]);
			}
		}
		keyboardFill("q14-text", "Graag meer bankjes in het park.");
		tabUntil(element -> "Antwoorden versturen".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).contains("Er klopt iets niet", "Vraag 12: Kies een antwoord bij deze vraag.");
		assertThat(this.browser.driver().findElement(By.id("q11-error")).isDisplayed()).isTrue();
		assertThat(this.browser.driver().findElement(By.id("q4-6")).isSelected()).as("her answers stay").isTrue();
		this.browser.assertAccessible();
		this.browser.screenshot("vragenlijst-vergeten");

		chooseWithTheKeyboard(11, HERS[11]);
		tabUntil(element -> "Antwoorden versturen".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.path()).isEqualTo(page);
		assertThat(this.browser.text()).contains("Bedankt! Je antwoorden zijn opgeslagen.", "Bedankt voor het invullen")
			.doesNotContain("Antwoorden versturen");
		this.browser.assertAccessible();
		this.browser.screenshot("vragenlijst-bedankt");

		tabUntil(element -> "Bekijk de uitkomsten".equals(element.getText()));
		pressEnterForTheNextPage();
		assertThat(this.browser.text()).contains("5 mensen hebben de vragenlijst ingevuld.", "Verkeer en parkeren")
			.doesNotContain("Graag meer bankjes");
		this.browser.assertAccessible();
		this.browser.screenshot("vragenlijst-uitkomsten");

		this.browser.open("/gebied/" + WIJK + "/leefbaarheid");
		assertThat(this.browser.heading()).startsWith("Hoe bewoners");
		assertThat(this.browser.text()).contains("5 antwoorden op 1 vragenlijst", "Het hoogste cijfer krijgt Groen en natuur",
				"Het laagste cijfer krijgt Verkeer en parkeren");
		WebElement radar = this.browser.driver().findElement(By.cssSelector("svg.radar-chart"));
		assertThat(radar.getAttribute("role")).isEqualTo("img");
		assertThat(radar.findElement(By.tagName("title")).getAttribute("textContent")).startsWith("Gemiddelde cijfers per onderwerp");
		assertThat(this.browser.driver().findElements(By.cssSelector("table.radar-table th[scope=row]"))).hasSize(14);
		this.browser.assertAccessible();
		this.browser.screenshot("leefbaarheid-wijk");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView()", radar);
		this.browser.screenshot("leefbaarheid-radar");
	}

	/** Tabs into the radio group of the question and moves with the arrow keys to the score. */
	private void chooseWithTheKeyboard(int question, int score) {
		tabUntil(element -> ("q" + question + "-1").equals(element.getAttribute("id"))
				|| (element.getAttribute("id") != null && element.getAttribute("id").startsWith("q" + question + "-")));
		String focusedId = focused().getAttribute("id");
		int at = Integer.parseInt(focusedId.substring(focusedId.indexOf('-') + 1));
		if (!focused().isSelected()) {
			press(Keys.SPACE);
		}
		for (; at < score; at++) {
			press(Keys.ARROW_RIGHT);
		}
		for (; at > score; at--) {
			press(Keys.ARROW_LEFT);
		}
		assertThat(focused().getAttribute("id")).isEqualTo("q" + question + "-" + score);
		assertThat(focused().isSelected()).isTrue();
	}

}
