package nl.speelveld.socialmap.playingfield;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playing field of Assendorp in Zwolle, a wijk outside the demo data, with posts made here: a wijkagent
 * and a buurtconciërge who overlap on nuisance, a wijkagent for all of Zwolle, a participatiemakelaar for
 * Zwolle whose data is stale, and an opbouwwerker in one buurt.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayingFieldTests {

	private static final String ZWOLLE = "GM0193";

	private static final String ASSENDORP = "WK019313";

	private static final String OUD_ASSENDORP = "BU01931310";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture fixture;

	private UUID agent;

	private UUID agentProfile;

	private UUID caretaker;

	private UUID municipality;

	private UUID participation;

	private UUID builder;

	private String agentName;

	@BeforeAll
	void assendorpsPlayingField() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID police = this.fixture.organisation("Politie IJsselland " + unique, "politie", ZWOLLE);
		this.municipality = this.fixture.organisation("Gemeente Zwolle " + unique, "gemeente", ZWOLLE);
		UUID welfare = this.fixture.organisation("Welzijn Zwolle " + unique, "welzijnsorganisatie", ZWOLLE);
		this.agentName = "Wessel Wijkagent-Voorbeeld " + unique;
		this.agentProfile = this.fixture.professional(this.agentName);
		this.agent = this.fixture.post("wijkagent", police, this.agentProfile, java.util.List.of(ASSENDORP), "veiligheid",
				"overlast");
		this.caretaker = this.fixture.aPost("buurtconcierge", this.municipality)
			.titled("Buurtconciërge Assendorp " + unique)
			.covering(ASSENDORP)
			.focus("overlast", "openbare-ruimte")
			.save();
		this.fixture.aPost("wijkagent", police).titled("Wijkagent heel Zwolle " + unique).covering(ZWOLLE).focus("veiligheid")
			.save();
		this.participation = this.fixture.aPost("participatiemakelaar", this.municipality)
			.covering(ZWOLLE)
			.focus("inspraak")
			.confirmedOn(LocalDate.now().minusYears(2))
			.save();
		this.builder = this.fixture.aPost("opbouwwerker", welfare).covering(OUD_ASSENDORP).focus("zelforganisatie").save();
	}

	@Test
	void theApiGivesEachThemeItsPostsAndStatus() {
		var response = api(ASSENDORP);

		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(response).bodyJson().extractingPath("$.area.inhabitants").isEqualTo(13_090);
		assertThat(response).bodyJson().extractingPath("$.goals[*].goal").asArray().containsExactly("G1", "G2");
		assertThat(response).bodyJson().extractingPath(theme("overlast") + ".status").asArray().containsExactly("overlap");
		assertThat(response).bodyJson().extractingPath(theme("overlast") + ".roles[*]").asArray()
			.containsExactlyInAnyOrder("wijkagent", "buurtconcierge");
		assertThat(response).bodyJson().extractingPath(theme("veiligheid") + ".status").asArray().containsExactly("covered");
		assertThat(response).bodyJson().extractingPath(theme("veiligheid") + ".posts[*].coverage").asArray()
			.containsExactlyInAnyOrder("direct", "parent");
		assertThat(response).bodyJson().extractingPath(theme("zelforganisatie") + ".status").asArray()
			.containsExactly("partly");
		assertThat(response).bodyJson().extractingPath(theme("zelforganisatie") + ".posts[*].id").asArray()
			.containsExactly(this.builder.toString());
		assertThat(response).bodyJson().extractingPath(theme("eenzaamheid") + ".status").asArray().containsExactly("gap");
	}

	@Test
	void theApiNamesThePostsWithTheirOrganisationAndFlagsStaleOnes() {
		var response = api(ASSENDORP);
		String post = theme("overlast") + ".posts[?(@.id == '%s')]".formatted(this.agent);

		assertThat(response).bodyJson().extractingPath(post + ".name").asArray().containsExactly(this.agentName);
		assertThat(response).bodyJson().extractingPath(post + ".professional").asArray()
			.containsExactly(this.agentProfile.toString());
		assertThat(response).bodyJson().extractingPath(post + ".organisation.type").asArray().containsExactly("politie");
		assertThat(response).bodyJson().extractingPath(post + ".confirmed").asArray().containsExactly(true);
		assertThat(response).bodyJson()
			.extractingPath(theme("inspraak") + ".posts[?(@.id == '%s')].confirmed".formatted(this.participation))
			.asArray().containsExactly(false);
	}

	@Test
	void theApiListsOverlapsWithEachRolesDefinition() {
		var response = api(ASSENDORP);

		assertThat(response).bodyJson().extractingPath("$.overlaps[*].theme").asArray().containsExactly("overlast");
		assertThat(response).bodyJson().extractingPath("$.overlaps[0].partly").isEqualTo(false);
		assertThat(response).bodyJson().extractingPath("$.overlaps[0].roles[*].code").asArray()
			.containsExactlyInAnyOrder("wijkagent", "buurtconcierge");
		assertThat(response).bodyJson().extractingPath("$.overlaps[0].roles[?(@.code == 'wijkagent')].definition").asArray()
			.singleElement().asString().startsWith("Politieagent die de buurt kent");
		assertThat(response).bodyJson().extractingPath("$.overlaps[0].roles[?(@.code == 'buurtconcierge')].posts[*]")
			.asArray().containsExactly(this.caretaker.toString());
	}

	@Test
	void theApiListsGapsAndGoalsWithoutAnyone() {
		var response = api(ASSENDORP);

		assertThat(response).bodyJson().extractingPath("$.gaps.themes[*].code").asArray()
			.contains("eenzaamheid", "wijkagenda")
			.doesNotContain("overlast", "zelforganisatie", "inspraak");
		assertThat(response).bodyJson().extractingPath("$.gaps.goals").asArray().isEmpty();
	}

	@Test
	void theApiChecksTheNormsAgainstTheCbsPopulation() {
		var response = api(ASSENDORP);
		String agents = "$.norms[?(@.role == 'wijkagent')]";

		assertThat(response).bodyJson().extractingPath(agents + ".inhabitants").asArray().containsExactly(13_090);
		assertThat(response).bodyJson().extractingPath(agents + ".norm").asArray().containsExactly(5000);
		assertThat(response).bodyJson().extractingPath(agents + ".source").asArray().containsExactly("typology");
		assertThat(response).bodyJson().extractingPath(agents + ".required").asArray().containsExactly(3);
		// One wijkagent here, one for all of Zwolle counting for Assendorp's 13,090 of 133,141 inhabitants.
		assertThat(response).bodyJson().extractingPath(agents + ".present").asArray().containsExactly(1.10);
		assertThat(response).bodyJson().extractingPath(agents + ".shortfall").asArray().containsExactly(1.90);
		assertThat(response).bodyJson().extractingPath(agents + ".posts").asArray().containsExactly(2);
	}

	@Test
	void aNormSetForThisDeploymentIsCheckedToo() {
		String coaches = "$.norms[?(@.role == 'buurtsportcoach')]";

		assertThat(api(ASSENDORP)).bodyJson().extractingPath(coaches + ".source").asArray().containsExactly("deployment");
		assertThat(api(ASSENDORP)).bodyJson().extractingPath(coaches + ".required").asArray().containsExactly(2);
		assertThat(api(ASSENDORP)).bodyJson().extractingPath(coaches + ".shortfall").asArray().containsExactly(2.0);
	}

	@Test
	void theGemeenteCountsEveryPostInItsWijkenFully() {
		var response = api(ZWOLLE);

		assertThat(response).bodyJson().extractingPath("$.norms[?(@.role == 'wijkagent')].required").asArray()
			.containsExactly(27);
		assertThat(response).bodyJson().extractingPath("$.norms[?(@.role == 'wijkagent')].present").asArray()
			.containsExactly(2.0);
		assertThat(response).bodyJson().extractingPath(theme("overlast") + ".status").asArray().containsExactly("overlap");
		assertThat(response).bodyJson().extractingPath("$.overlaps[?(@.theme == 'overlast')].partly").asArray()
			.containsExactly(true);
	}

	@Test
	void aBuurtWithoutPopulationFigureHasNoNeedButItsPostsAreCounted() {
		var response = api(OUD_ASSENDORP);

		assertThat(response).hasStatusOk();
		assertThat(response).bodyJson().extractingPath("$.area.inhabitants").isNull();
		assertThat(response).bodyJson().extractingPath("$.norms[?(@.role == 'wijkagent')].required").asArray()
			.containsNull();
		assertThat(response).bodyJson().extractingPath(theme("zelforganisatie") + ".status").asArray()
			.containsExactly("covered");
	}

	@Test
	void namesComeInTheAskedLanguage() {
		var response = this.mvc.get().uri("/api/v1/areas/{code}/playing-field", ASSENDORP).header("Accept-Language", "en")
			.exchange();

		assertThat(response).bodyJson().extractingPath(theme("overlast") + ".name").asArray().containsExactly("Nuisance");
		assertThat(response).bodyJson().extractingPath("$.goals[0].name").isEqualTo("Liveability and social cohesion");
	}

	@Test
	void unknownAreasAreNotFound() {
		assertThat(this.mvc.get().uri("/api/v1/areas/WK999999/playing-field")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").isEqualTo("Er is geen gebied met code WK999999.");
		assertThat(this.mvc.get().uri("/api/v1/areas/<script>/playing-field")).hasStatus(404);
		assertThat(this.mvc.get().uri("/gebied/WK999999/speelveld")).hasStatus(404);
	}

	@Test
	void thePageShowsEachGoalAsATableWithThemesAndStatus() {
		var page = page(ASSENDORP);

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1>Het speelveld in Wijk 13 Assendorp</h1>",
					"<caption>G1: wie werkt in Wijk 13 Assendorp aan welk thema?</caption>", "<th scope=\"col\">Thema</th>",
					"<th scope=\"row\">Overlast</th>",
					"href=\"/professionals/" + this.agentProfile + "\">" + this.agentName + "</a>",
					"href=\"/organisaties/" + this.municipality + "\">Buurtconciërge Assendorp",
					"(alleen in Oud-Assendorp)", "niet bevestigd", "href=\"/gebied/WK019313/wie-werkt-hier\"");
	}

	@Test
	void eachRowOfThePageSaysTheStatusInWords() throws Exception {
		String html = page(ASSENDORP).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(statusOfRow(html, "Overlast")).isEqualTo("Overlap");
		assertThat(statusOfRow(html, "Veiligheid en criminaliteit")).isEqualTo("Gedekt");
		assertThat(statusOfRow(html, "Zelforganisatie en vertegenwoordiging van bewoners")).isEqualTo("Deels gedekt");
		assertThat(statusOfRow(html, "Eenzaamheid")).isEqualTo("Gat");
	}

	@Test
	void thePageShowsOverlappingRolesSideBySideGapsAndTheNorm() {
		var page = page(ASSENDORP);

		assertThat(page).bodyText()
			.contains("Overlap: waar rollen hetzelfde doen", "2 rollen werken hieraan in het hele gebied.",
					"Politieagent die de buurt kent", "Houdt de buurt schoon, heel en veilig",
					"Gaten: hier werkt niemand aan", "Eenzaamheid", "Meestal gedaan door:",
					"Wijkagent:</strong>", "3 nodig voor 13.090 inwoners, 1,1 aanwezig.", "Tekort: 1,9.",
					"Norm: een per 10.000 inwoners.", "Deze norm is hier apart ingesteld.");
	}

	@Test
	void thePageWorksForTheGemeenteAndForABuurt() {
		assertThat(page(ZWOLLE)).hasStatusOk().bodyText()
			.contains("Het speelveld in Zwolle", "27 nodig voor 133.141 inwoners, 2 aanwezig.", "Overlap in een deel");
		assertThat(page(OUD_ASSENDORP)).hasStatusOk().bodyText()
			.contains("Het speelveld in Oud-Assendorp", "het aantal inwoners van Oud-Assendorp is niet bekend");
	}

	@Test
	void thePageIsAlsoInEnglish() {
		assertThat(this.mvc.get().uri("/gebied/{code}/speelveld", ASSENDORP).param("lang", "en")).hasStatusOk().bodyText()
			.contains("The playing field in Wijk 13 Assendorp", "Gaps: nobody works on this here",
					"3 needed for 13,090 inhabitants, 1.1 present.");
	}

	private MvcTestResult api(String area) {
		return this.mvc.get().uri("/api/v1/areas/{code}/playing-field", area).exchange();
	}

	private MvcTestResult page(String area) {
		return this.mvc.get().uri("/gebied/{code}/speelveld", area).exchange();
	}

	/** The status text in the table row of a theme. */
	private static String statusOfRow(String html, String theme) {
		var row = java.util.regex.Pattern.compile("<th scope=\"row\">" + theme + "</th>.*?class=\"status status--\\w+\">([^<]+)<",
				java.util.regex.Pattern.DOTALL).matcher(html);
		assertThat(row.find()).as("a row for %s", theme).isTrue();
		return row.group(1);
	}

	private static String theme(String code) {
		return "$.goals[*].themes[?(@.code == '%s')]".formatted(code);
	}

}
