package nl.speelveld.routing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.routing.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class RouterTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Autowired
	Router router;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	JdbcClient jdbc;

	@Test
	void drugDealingInTheStairwellGoesToTheWijkagentWithTheWordsItWasRecognisedBy() {
		List<RoleMatch> ranked = this.router.route("Er wordt gedeald in ons portiek", Setting.CITY, DUTCH);

		assertThat(ranked.get(0).roleCode()).isEqualTo("wijkagent");
		assertThat(ranked.get(0).reasons()).anyMatch(reason -> reason.contains("drugs en criminaliteit")
				&& reason.contains("‘gedeald’") && reason.contains("de wijkagent de eerste om te vragen"));
		assertThat(ranked.get(0).reasons()).last().asString().startsWith("Wat doet de wijkagent?");
	}

	@Test
	void anEnglishQuestionIsUnderstoodAndExplainedInEnglish() {
		List<RoleMatch> ranked = this.router.route("Someone is dealing drugs in our stairwell", Setting.CITY,
				Locale.ENGLISH);

		assertThat(ranked.get(0).roleCode()).isEqualTo("wijkagent");
		assertThat(ranked.get(0).reasons()).anyMatch(reason -> reason.startsWith("Your question is about drugs and crime"));
	}

	@Test
	void wordFormsCompoundsAndTyposAreRecognised() {
		List<RoleMatch> gardens = this.router.route("Wij willen moestuinen aanleggen tussen de flats", Setting.CITY, DUTCH);
		assertThat(gardens.get(0).roleCode()).isEqualTo("ideeenmakelaar");
		assertThat(gardens.get(0).reasons()).anyMatch(reason -> reason.contains("groen en tuinen in de buurt (herkend: ‘moestuinen’)"));
		assertThat(this.router.route("Er is zoveel drugsoverlast hier", Setting.CITY, DUTCH).get(0).roleCode())
			.isEqualTo("wijkagent");
		List<RoleMatch> typo = this.router.route("Ik zoek een opbouwerker", Setting.CITY, DUTCH);
		assertThat(typo.get(0).roleCode()).isEqualTo("opbouwwerker");
		assertThat(typo.get(0).reasons().get(0)).isEqualTo("Je noemt zelf de opbouwwerker (‘opbouwerker’).");
	}

	@Test
	void theVillageBringsTheDorpsondersteunerForwardAndSaysSo() {
		String question = "Mijn moeder kan niet meer zelf boodschappen doen";

		List<RoleMatch> village = this.router.route(question, Setting.VILLAGE, DUTCH);
		List<RoleMatch> city = this.router.route(question, Setting.CITY, DUTCH);

		assertThat(village.get(0).roleCode()).isEqualTo("dorpsondersteuner");
		assertThat(village.get(0).reasons()).anyMatch(reason -> reason.startsWith("In een dorp is de dorpsondersteuner"));
		assertThat(city.get(0).roleCode()).isNotEqualTo("dorpsondersteuner");
	}

	@Test
	void aQuestionOnSeveralThemesRanksTheRolesOfEach() {
		List<RoleMatch> ranked = this.router.route("Hangjongeren maken herrie en er wordt gedeald bij het speeltuintje",
				Setting.CITY, DUTCH);

		assertThat(ranked.stream().limit(3).map(RoleMatch::roleCode)).contains("wijkagent", "jongerenwerker");
	}

	@Test
	void withNothingRecognisedTheGeneralistsOfTheSettingAreOfferedAndAtLeastThree() {
		List<RoleMatch> city = this.router.route("Hallo, goedemiddag", Setting.CITY, DUTCH);
		List<RoleMatch> village = this.router.route("Hallo, goedemiddag", Setting.VILLAGE, DUTCH);

		assertThat(city).hasSizeGreaterThanOrEqualTo(3);
		assertThat(city.get(0).roleCode()).isEqualTo("sociaal-makelaar");
		assertThat(city.get(0).reasons().get(0)).startsWith("We herkenden geen duidelijk onderwerp");
		assertThat(village.get(0).roleCode()).isEqualTo("dorpsondersteuner");
		assertThat(this.router.route("Er wordt ingebroken", Setting.CITY, DUTCH)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void aTermAddedToTheKnowledgeCountsWithoutARelease() {
		String word = "zwoefelfeest" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
		String question = "Wie helpt met het " + word + "?";
		assertThat(this.router.route(question, Setting.CITY, DUTCH).get(0).reasons().get(0))
			.startsWith("We herkenden geen duidelijk onderwerp");

		this.jdbc.sql("insert into routing_term (topic_code, lang, term) values ('sport-en-bewegen', 'nl', ?)")
			.param(word)
			.update();
		this.knowledge.forget();

		List<RoleMatch> ranked = this.router.route(question, Setting.CITY, DUTCH);
		assertThat(ranked.get(0).roleCode()).isEqualTo("buurtsportcoach");
		assertThat(ranked.get(0).reasons().get(0)).contains("‘" + word + "’");
	}

}
