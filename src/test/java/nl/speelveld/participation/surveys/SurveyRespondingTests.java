package nl.speelveld.participation.surveys;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Residents fill in a survey of a process in Groningen once; every refusal leaves the survey as it was.
 */
@SpeelveldTest
class SurveyRespondingTests extends SurveyCase {

	@Test
	void aResidentFillsInTheSurveyOnceAndSeesTheThanks() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		UserId resident = resident();

		assertThat(this.mvc.get().uri(page(process, survey)).with(signedIn(resident))).hasStatusOk()
			.bodyText()
			.contains("Het plein", "Vraag 1.", "Hoe vind je het plein nu?", "<fieldset", "<legend>", "heel slecht",
					"heel goed", "type=\"radio\" id=\"q0-7\" name=\"q0\" value=\"7\"", "(niet verplicht)",
					"Antwoorden versturen");

		assertThat(respond(process, survey, resident, "q0", "6", "q1", "0", "q2", "0", "q2", "2", "q3", "Mooi plein."))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(page(process, survey));
		assertThat(this.store.responses(survey)).isEqualTo(1);
		assertThat(this.mvc.get().uri(page(process, survey)).with(signedIn(resident))).bodyText()
			.contains("Bedankt voor het invullen")
			.doesNotContain("Antwoorden versturen");
	}

	@Test
	void aResidentWhoChoseOptionsCanDownloadTheirDataWithTheChoices() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		UserId resident = resident();
		respond(process, survey, resident, "q0", "6", "q1", "0", "q2", "0", "q2", "2");

		assertThat(this.mvc.get().uri("/account/gegevens").with(signedIn(resident))).hasStatusOk()
			.bodyText()
			.contains("participation_survey_answer", "\"choices\":\"0,2\"");
	}

	@Test
	void aSecondResponseIsRefusedAndChangesNothing() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		UserId resident = resident();
		respond(process, survey, resident, "q0", "6", "q1", "0");

		assertThat(respond(process, survey, resident, "q0", "1", "q1", "1")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Je hebt deze vragenlijst al ingevuld.");
		assertThat(this.store.responses(survey)).isEqualTo(1);
		assertThat(this.jdbc.sql("select score from participation_survey_answer where survey_id = ? and position = 0")
			.param(survey)
			.query(Integer.class)
			.single()).isEqualTo(6);
	}

	@Test
	void twoSubmitsAtTheSameMomentCountOnce() throws Exception {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		UserId resident = resident();
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("q0", "5");
		form.add("q1", "2");
		CyclicBarrier together = new CyclicBarrier(2);
		Supplier<String> submit = () -> as(resident, () -> {
			try {
				together.await(10, TimeUnit.SECONDS);
				return this.responding.respond(process, survey, form).isEmpty() ? "stored" : "complaints";
			}
			catch (SurveyRefused refused) {
				return refused.messageKey();
			}
			catch (Exception interrupted) {
				throw new IllegalStateException(interrupted);
			}
		});
		var first = CompletableFuture.supplyAsync(submit);
		var second = CompletableFuture.supplyAsync(submit);

		assertThat(java.util.List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
			.containsExactlyInAnyOrder("stored", SurveyRefused.ALREADY_RESPONDED);
		assertThat(this.store.responses(survey)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from participation_survey_answer where survey_id = ?")
			.param(survey)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void missingRequiredAnswersAreNamedAtEachQuestionAllAtOnce() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);

		assertThat(respond(process, survey, resident(), "q2", "1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"q0-error\"", "id=\"q1-error\"", "Kies een antwoord bij deze vraag.", "href=\"#q0\"",
					"href=\"#q1\"", "value=\"1\" checked")
			.doesNotContain("id=\"q2-error\"", "id=\"q3-error\"");
		assertThat(this.store.responses(survey)).isZero();
	}

	@Test
	void aScoreOutsideOneToSevenOrAnUnknownOptionIsRefused() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);

		assertThat(respond(process, survey, resident(), "q0", "8", "q1", "0")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Kies een cijfer van 1 tot en met 7.");
		assertThat(respond(process, survey, resident(), "q0", "0", "q1", "0")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(respond(process, survey, resident(), "q0", "3", "q1", "7")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Kies een van de antwoorden die er staan.");
		assertThat(this.store.responses(survey)).isZero();
	}

	@Test
	void respondingOutsideTheSurveyPhaseIsRefused() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.SURVEY).open();
		UUID survey = this.surveys.own(process);
		UserId resident = resident();

		assertThat(this.mvc.get().uri(page(process, survey)).with(signedIn(resident))).bodyText()
			.contains("De vragenlijst is nu niet open.")
			.doesNotContain("Antwoorden versturen");
		assertThat(respond(process, survey, resident, "q0", "4", "q1", "0")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("De vragenlijst is nu niet open.");
		assertThat(this.store.responses(survey)).isZero();
	}

	@Test
	void aClosedProcessTakesNoResponses() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		this.processes.closed(process);

		assertThat(respond(process, survey, resident(), "q0", "4", "q1", "0")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Dit traject is afgesloten.");
		assertThat(this.store.responses(survey)).isZero();
	}

	@Test
	void aProcessForResidentsTakesNoResponseFromSomeoneWithoutAPostcodeInTheArea() {
		Process process = this.processes.process(CENTRUM, PhaseKind.SURVEY).forResidentsOnly().open();
		UUID survey = this.surveys.own(process);

		assertThat(respond(process, survey, resident(), "q0", "4", "q1", "0")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Deze vragenlijst is alleen voor bewoners van het gebied.");
		assertThat(this.store.responses(survey)).isZero();
	}

	@Test
	void respondingNeedsSigningIn() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);

		assertThat(this.mvc.post().uri(page(process, survey)).param("q0", "4").param("q1", "0").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/inloggen");
		assertThat(this.mvc.get().uri(page(process, survey))).bodyText().contains("Log in om de vragenlijst in te vullen");
	}

}
