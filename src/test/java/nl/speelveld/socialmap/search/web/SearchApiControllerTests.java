package nl.speelveld.socialmap.search.web;

import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.search.SocialMapData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class SearchApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersRankedHitsInTheDocumentedShape() {
		var data = new SocialMapData(this.jdbc);
		UUID police = data.organisation("Politie " + data.word, "politie", "", "GM0344");
		UUID post = data.post("wijkagent", police, null, "Wijkagent " + data.word, List.of("veiligheid"), "",
				"WK034406");

		var response = this.mvc.get().uri("/api/v1/search").param("q", "wijkagnet " + data.word).param("area", "GM0344")
			.exchange();

		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		var json = assertThat(response).bodyJson();
		json.extractingPath("$.query").isEqualTo("wijkagnet " + data.word);
		json.extractingPath("$.corrected").isEqualTo("wijkagent " + data.word);
		json.extractingPath("$.total").isEqualTo(1);
		json.extractingPath("$.totalExact").isEqualTo(true);
		json.extractingPath("$.items[0].type").isEqualTo("post");
		json.extractingPath("$.items[0].id").isEqualTo(post.toString());
		json.extractingPath("$.items[0].title").isEqualTo("Wijkagent " + data.word);
		json.extractingPath("$.items[0].summary").isEqualTo("Politie " + data.word);
		json.extractingPath("$.items[0].url").isEqualTo("/organisaties/" + police);
		json.extractingPath("$.items[0].areas").asArray().containsExactly("WK034406");
		json.extractingPath("$.items[0].role").isEqualTo("wijkagent");
		json.extractingPath("$.items[0].score").asNumber().satisfies(score -> assertThat(score.doubleValue()).isPositive());
	}

	@Test
	void leavesOutWhatDoesNotApply() {
		var data = new SocialMapData(this.jdbc);
		data.organisation("Buurthuis " + data.word, "vereniging", "", "GM0344");

		var json = assertThat(this.mvc.get().uri("/api/v1/search").param("q", data.word).param("type", "organisation"))
			.bodyJson();

		json.hasPath("$.items[0].title").hasPath("$.items[0].areas").doesNotHavePath("$.items[0].role")
			.doesNotHavePath("$.corrected");
	}

	@Test
	void refusesBadInputWithAProblemInTheCallersLanguage() {
		assertProblem(this.mvc.get().uri("/api/v1/search").exchange(), "Geef in q op waar je naar zoekt.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", " ").exchange(), "Geef in q op waar je naar zoekt.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "a".repeat(201)).exchange(),
				"De zoekopdracht is te lang: hoogstens 200 tekens.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("area", "Utrecht").exchange(),
				"'Utrecht' is geen CBS-gebiedscode.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("area", "GM9999").exchange(),
				"Er is geen gebied met code GM9999.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("role", "astronaut").exchange(),
				"Er is geen rol met de code astronaut.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("type", "post,boat").exchange(),
				"De soort boat bestaat niet.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("size", "500").exchange(),
				"De pagina of paginagrootte klopt niet.");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "wijkagent").param("page", "een").exchange(), "page");
		assertProblem(this.mvc.get().uri("/api/v1/search").param("q", "-politie").exchange(),
				"Zoek op minstens één woord zonder minteken ervoor.");
		assertThat(this.mvc.get().uri("/api/v1/search").header("Accept-Language", "en").param("q", "")).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Give what to search for in q.");
	}

	@Test
	void oddCharactersAreJustText() {
		for (String odd : List.of("' or 1=1 --", "a & b | !c <-> d", "<script>alert(1)</script>", "ä ë ï ö ü ß",
				"wijkagent:* & 'x'")) {
			assertThat(this.mvc.get().uri("/api/v1/search").param("q", odd)).as(odd).hasStatusOk();
		}
		for (String wordless : List.of("\\\"", "'':*", "(((", "💡")) {
			assertProblem(this.mvc.get().uri("/api/v1/search").param("q", wordless).exchange(),
					"Zoek op minstens één woord");
		}
	}

	private static void assertProblem(MvcTestResult response, String detail) {
		assertThat(response).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).bodyJson().extractingPath("$.detail").asString().contains(detail);
		assertThat(response).bodyJson().extractingPath("$.status").isEqualTo(400);
	}

}
