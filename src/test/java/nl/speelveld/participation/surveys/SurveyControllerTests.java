package nl.speelveld.participation.surveys;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Residents fill in a survey of a process in Groningen and read its outcome; every refusal leaves the
 * survey as it was.
 */
@SpeelveldTest
class SurveyControllerTests {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it. */
	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	SurveysFixture surveys;

	@Autowired
	SurveyStore store;

	@Autowired
	Responding responding;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<PersonalDataHolder> holders;

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

	@Test
	void theOutcomeShowsNoFiguresBelowFiveResponses() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.liveability(process);
		for (int i = 0; i < 4; i++) {
			this.surveys.respondLiveability(survey, 4, "Geheim " + i);
		}

		assertThat(this.mvc.get().uri(page(process, survey) + "/uitkomsten")).hasStatusOk()
			.bodyText()
			.contains("4 mensen hebben de vragenlijst ingevuld.", "minstens 5 mensen")
			.doesNotContain("<svg", "Gemiddeld cijfer", "Geheim");

		this.surveys.respondLiveability(survey, 6, "Geheim 5");
		assertThat(this.mvc.get().uri(page(process, survey) + "/uitkomsten")).hasStatusOk()
			.bodyText()
			.contains("5 mensen hebben de vragenlijst ingevuld.", "role=\"img\"", "<title id=\"radar-title\">",
					"<caption>Gemiddelde cijfers per onderwerp", "<th scope=\"row\">Groen en natuur</th>",
					"<td class=\"number\">4,4</td>", "± 0,8", "Middelste cijfer (mediaan)",
					"ziet alleen de organisator")
			.doesNotContain("Geheim");
	}

	@Test
	void theOwnerReadsTheOpenAnswers() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.liveability(process);
		for (int i = 0; i < 5; i++) {
			this.surveys.respondLiveability(survey, 5, "Meer bankjes " + i);
		}

		assertThat(this.mvc.get().uri(page(process, survey) + "/uitkomsten").with(signedIn(coordinator(process))))
			.bodyText()
			.contains("Meer bankjes 0", "Meer bankjes 4", "Alleen jij als organisator");
	}

	@Test
	void theOwnerBuildsASurveyAndOthersCannot() {
		Process process = this.processes.process(CENTRUM, PhaseKind.SURVEY).draft();
		UserId owner = coordinator(process);
		String start = "/beheer/participatie/" + process.id() + "/vragenlijsten/nieuw";

		assertThat(this.mvc.get().uri(start).with(signedIn(resident()))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(start).param("template", "liveability").with(signedIn(elsewhere())).with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
		Process open = this.processes.inPhase(process, 0);
		assertThat(this.mvc.post().uri(start).param("template", "liveability").with(signedIn(elsewhere())).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.store.ofProcess(open.id())).isEmpty();

		assertThat(this.mvc.get().uri(start).with(signedIn(owner))).hasStatusOk()
			.bodyText()
			.contains("Maak de leefbaarheidsvragenlijst");
		assertThat(this.mvc.post().uri(start).param("title", "").with(signedIn(owner)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Geef de vragenlijst een titel.");
		MvcTestResult created = this.mvc.post().uri(start).param("title", "De speeltuin").with(signedIn(owner)).with(csrf()).exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String edit = created.getResponse().getRedirectedUrl();
		UUID survey = UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1));

		assertThat(this.mvc.post().uri(edit + "/vragen").param("kind", "single").param("text", "Welk toestel?")
			.param("options", "Schommel").with(signedIn(owner)).with(csrf())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Geef minstens twee antwoorden");
		assertThat(this.mvc.post().uri(edit + "/vragen").param("kind", "single").param("text", "Welk toestel?")
			.param("options", "Schommel\nGlijbaan\n\nKlimrek").param("required", "true").with(signedIn(owner)).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(edit + "/vragen").param("kind", "scale").param("text", "Hoe vaak speel je er?")
			.param("low", "nooit").param("high", "elke dag").with(signedIn(owner)).with(csrf())).hasStatus(HttpStatus.FOUND);

		Survey built = this.store.get(open.id(), survey);
		assertThat(built.questions()).extracting(Question::text).containsExactly("Welk toestel?", "Hoe vaak speel je er?");
		assertThat(built.questions().get(0).options()).containsExactly("Schommel", "Glijbaan", "Klimrek");
		assertThat(built.questions().get(0).required()).isTrue();
		assertThat(built.questions().get(1).required()).isFalse();
	}

	@Test
	void theTemplateHasTheFourteenThemesAndAnOpenQuestion() {
		Process process = inSurveyPhase(CENTRUM);
		UserId owner = coordinator(process);
		MvcTestResult created = this.mvc.post().uri("/beheer/participatie/" + process.id() + "/vragenlijsten/nieuw")
			.param("template", "liveability").param("open", "true").with(signedIn(owner)).with(csrf()).exchange();
		String edit = created.getResponse().getRedirectedUrl();
		Survey survey = this.store.get(process.id(), UUID.fromString(edit.substring(edit.lastIndexOf('/') + 1)));

		assertThat(survey.isLiveability()).isTrue();
		assertThat(survey.questions()).hasSize(15);
		assertThat(survey.questions().get(2).theme()).isEqualTo(LiveabilityTheme.TRAFFIC_PARKING);
		assertThat(survey.questions().get(2).text()).contains("verkeer");
		assertThat(survey.questions().get(14).kind()).isEqualTo(QuestionKind.OPEN);
		assertThat(this.mvc.get().uri(page(process, survey.id())).with(signedIn(resident()))).bodyText()
			.contains("Voel je je veilig in je buurt", "er moet veel verbeteren", "het is hier heel goed",
					"Onderwerp: Invloed en zeggenschap");
	}

	@Test
	void aSurveyWithResponsesNoLongerChanges() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.own(process);
		respond(process, survey, resident(), "q0", "4", "q1", "1");
		String edit = "/beheer/participatie/" + process.id() + "/vragenlijsten/" + survey;
		UserId owner = coordinator(process);

		assertThat(this.mvc.get().uri(edit).with(signedIn(owner))).bodyText()
			.contains("1 persoon heeft deze vragenlijst al ingevuld.")
			.doesNotContain("Vraag toevoegen", "Vraag weghalen");
		assertThat(this.mvc.post().uri(edit + "/vragen").param("kind", "open").param("text", "Nog iets?").with(signedIn(owner))
			.with(csrf())).hasStatus(HttpStatus.CONFLICT).bodyText().contains("kan daarom niet meer veranderen");
		assertThat(this.mvc.post().uri(edit + "/vragen/0/verwijderen").with(signedIn(owner)).with(csrf()))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.store.get(process.id(), survey).questions()).hasSize(4);
	}

	@Test
	void theAreaShowsTheRadarOfItsPartsFromFiveResponsesOn() {
		AreaCode wijk = new AreaCode("WK001415");
		Process process = inSurveyPhase(wijk);
		UUID survey = this.surveys.liveability(process);
		for (int i = 0; i < 4; i++) {
			this.surveys.respondLiveability(survey, 3, "");
		}
		assertThat(this.mvc.get().uri("/gebied/WK001415/leefbaarheid")).hasStatusOk()
			.bodyText()
			.contains("Er zijn nog te weinig antwoorden.")
			.doesNotContain("<svg");

		this.surveys.respondLiveability(survey, 5, "");
		assertThat(this.mvc.get().uri("/gebied/WK001415/leefbaarheid")).hasStatusOk()
			.bodyText()
			.contains("role=\"img\"", "<th scope=\"row\">Verkeer en parkeren</th>", "<td class=\"number\">3,4</td>",
					"5 antwoorden op 1 vragenlijst");
		assertThat(this.mvc.get().uri("/gebied/GM0014/leefbaarheid")).bodyText().contains("Verkeer en parkeren");
		assertThat(this.mvc.get().uri("/gebied/XX99/leefbaarheid")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void erasureKeepsTheResponseCountedWithoutTheAccountOrItsText() {
		Process process = inSurveyPhase(CENTRUM);
		UUID survey = this.surveys.liveability(process);
		UserId resident = this.surveys.respondLiveability(survey, 6, "Ik woon op nummer 12.");
		PersonalDataHolder data = this.holders.stream()
			.filter(holder -> holder.section().equals("participation-surveys"))
			.findFirst()
			.orElseThrow();

		assertThat(data.export(resident)).extracting(row -> row.get("table"))
			.contains("participation_survey_response", "participation_survey_answer");
		data.erase(resident);

		assertThat(data.export(resident)).isEmpty();
		assertThat(this.store.responses(survey)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from participation_survey_answer where survey_id = ? and text is not null")
			.param(survey)
			.query(Integer.class)
			.single()).isZero();
	}

	@Autowired
	DemoSurveys demo;

	@Autowired
	nl.speelveld.participation.LiveabilityScores liveability;

	@Test
	void theDemoSurveyScoresTrafficLowAndGreenHighAndTheFacadeSaysSo() {
		AreaCode wijk = new AreaCode("WK001416");
		Process process = inSurveyPhase(wijk);
		this.demo.addTo(process, 40);

		var scores = this.liveability.of(wijk);
		assertThat(scores.responses()).isEqualTo(40);
		assertThat(scores.themes()).hasSize(14).allSatisfy(theme -> assertThat(theme.n()).isEqualTo(40));
		double traffic = scores.themes().get(2).score().orElseThrow().mean();
		double green = scores.themes().get(4).score().orElseThrow().mean();
		assertThat(scores.themes().get(2).key()).isEqualTo("traffic-parking");
		assertThat(traffic).isLessThan(green - 1);
		assertThat(scores.themes().get(4).score().orElseThrow().marginOfError()).isBetween(0.1, 1.0);
		assertThat(this.liveability.of(new AreaCode("WK001419")).themes()).allSatisfy(theme -> assertThat(theme.score()).isEmpty());
	}

	private Process inSurveyPhase(AreaCode area) {
		return this.processes.process(area, PhaseKind.INFORMATION, PhaseKind.SURVEY).openIn(1);
	}

	private MvcTestResult respond(Process process, UUID survey, UserId who, String... namesAndValues) {
		var request = this.mvc.post().uri(page(process, survey)).with(signedIn(who)).with(csrf());
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			request = request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request.exchange();
	}

	private static String page(Process process, UUID survey) {
		return "/participatie/" + process.id() + "/vragenlijsten/" + survey;
	}

	private UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	private UserId coordinator(Process process) {
		return this.accounts.coordinator(AccountsFixture.email("traject"),
				this.accounts.organisation("Gemeente Groningen " + process.id(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
	}

	private UserId elsewhere() {
		return this.accounts.coordinator(AccountsFixture.email("elders"),
				this.accounts.organisation("Gemeente Utrecht " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0344"),
				new AreaCode("GM0344"));
	}

	private static RequestPostProcessor signedIn(UserId who) {
		return user(who.toString());
	}

}
