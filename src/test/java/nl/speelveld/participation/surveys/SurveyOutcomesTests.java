package nl.speelveld.participation.surveys;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The owner builds a survey, residents read its outcome from five responses on, the area shows its radar, and
 * erasure keeps the response counted without the person.
 */
@SpeelveldTest
class SurveyOutcomesTests extends SurveyCase {

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

}
