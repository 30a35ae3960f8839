package nl.speelveld.routing.web;

import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class RoutingApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rolesWithReasonsAndThePeopleWhoCoverThePostcode() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID police = this.socialMap.organisation("Politie Oosterpark " + unique, "politie", "GM0014");
		UUID officer = this.socialMap.aPost("wijkagent", police)
			.heldBy(this.socialMap.professional("Wim Wijkagent " + unique))
			.covering("WK001404")
			.save();

		var json = assertThat(route("{\"question\":\"Er wordt gedeald in ons portiek\",\"area\":\"WK001404\"}", "nl"))
			.hasStatusOk()
			.bodyJson();

		json.extractingPath("$.place.code").isEqualTo("WK001404");
		json.extractingPath("$.setting").isEqualTo("stad");
		json.extractingPath("$.roles[0].code").isEqualTo("wijkagent");
		json.extractingPath("$.roles[0].score").asNumber().satisfies(score -> assertThat(score.doubleValue()).isPositive());
		json.extractingPath("$.roles[0].reasons").asArray().anySatisfy(reason ->
				assertThat(reason).asString().contains("drugs en criminaliteit", "‘gedeald’"));
		json.extractingPath("$.roles.length()").asNumber().satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(3));
		json.extractingPath("$.posts[?(@.id=='" + officer + "')].role").asArray().containsExactly("wijkagent");
		json.extractingPath("$.posts[?(@.id=='" + officer + "')].name").asArray().containsExactly("Wim Wijkagent " + unique);
		json.extractingPath("$.posts[?(@.id=='" + officer + "')].coverage").asArray().containsExactly("direct");
		json.extractingPath("$.posts[?(@.id=='" + officer + "')].nearest").asArray().containsExactly(false);
	}

	@Test
	void aPostcodeOrAPointWorkAsWellAndAVillageIsReadAsOne() {
		assertThat(route("{\"question\":\"Wie helpt mij met boodschappen?\",\"area\":\"WK196603\"}", "nl")).bodyJson()
			.extractingPath("$.setting")
			.isEqualTo("dorp");
		assertThat(route("{\"question\":\"Wie helpt mij met boodschappen?\",\"postcode\":\"3511 AB\"}", "nl"))
			.bodyJson()
			.extractingPath("$.place.code")
			.isEqualTo("WK034406");
		assertThat(route("{\"question\":\"Wie helpt mij met boodschappen?\",\"lat\":52.0907,\"lon\":5.1214}", "nl"))
			.bodyJson()
			.extractingPath("$.place.code")
			.isEqualTo("WK034406");
	}

	@Test
	void whenNobodyCoversThePlaceInARoleTheNearestInTheGemeenteIsOffered() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID ggz = this.socialMap.organisation("GGZ Groningen " + unique, "zorgaanbieder", "GM0014");
		UUID elsewhere = this.socialMap.aPost("kwartiermaker", ggz).titled("Kwartiermaker Oud-West " + unique)
			.covering("WK001402")
			.save();
		String question = "{\"question\":\"Mijn broer komt uit de psychiatrie en voelt zich niet welkom\",\"area\":\"%s\"}";

		var json = assertThat(route(question.formatted("WK001401"), "nl")).hasStatusOk().bodyJson();

		json.extractingPath("$.roles[0].code").isEqualTo("kwartiermaker");
		json.extractingPath("$.gaps[?(@.role=='kwartiermaker')].nearest").asArray().containsExactly(elsewhere.toString());
		json.extractingPath("$.posts[?(@.id=='" + elsewhere + "')].nearest").asArray().containsExactly(true);
		assertThat(route(question.formatted("WK001402"), "nl")).bodyJson()
			.extractingPath("$.posts[?(@.id=='" + elsewhere + "')].nearest")
			.asArray()
			.containsExactly(false);
	}

	@Test
	void answersInTheCallersLanguage() {
		assertThat(route("{\"question\":\"Someone is dealing drugs in our stairwell\",\"postcode\":\"3511\"}", "en"))
			.bodyJson()
			.extractingPath("$.roles[0].reasons[0]")
			.asString()
			.startsWith("Your question is about drugs and crime");
	}

	@Test
	void badInputIsAProblemInTheCallersLanguageAndNeverEchoesTheQuestion() throws Exception {
		assertProblem(route("{\"question\":\"  \",\"postcode\":\"3511\"}", "nl"), 400, "Vul je vraag in.");
		assertProblem(route("{\"question\":\"" + "a".repeat(2001) + "\",\"postcode\":\"3511\"}", "nl"), 400,
				"hoogstens 2000 tekens");
		assertProblem(route("{\"question\":\"Overlast\"}", "nl"), 400, "Geef een postcode, een gebiedscode of coördinaten op");
		assertProblem(route("{\"question\":\"Overlast\",\"postcode\":\"1004\"}", "nl"), 404, "1004");
		assertProblem(route("{\"question\":\"Overlast\",\"area\":\"GM9999\"}", "nl"), 404, "GM9999");
		assertProblem(route("{\"question\":\"Overlast\",\"lat\":\"noord\",\"lon\":5}", "nl"), 400, "");
		assertProblem(route("{\"question\":\"Geheime vraag xq7 met een fout", "nl"), 400, "");
		assertProblem(route("[1,2,3]", "nl"), 400, "");
		assertThat(route("{\"question\":\"Geheime vraag xq7 met een fout", "nl").getResponse().getContentAsString())
			.doesNotContain("xq7");
		assertThat(this.mvc.post().uri("/api/v1/routing").contentType(MediaType.TEXT_PLAIN).content("Overlast"))
			.hasStatus(415);
	}

	@Test
	void storesNothing() {
		String marker = "Niets-bewaren-" + UUID.randomUUID();
		assertThat(route("{\"question\":\"" + marker + " er wordt gedeald\",\"postcode\":\"3511\"}", "nl")).hasStatusOk();
		List<String> tables = this.jdbc.sql("""
				select distinct c.table_name from information_schema.columns c
				join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'bytea')""")
			.query(String.class)
			.list();
		for (String table : tables) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " t where t::text like ?")
				.param("%" + marker + "%")
				.query(Long.class)
				.single()).as(table).isZero();
		}
	}

	private MvcTestResult route(String body, String language) {
		return this.mvc.post().uri("/api/v1/routing").header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String detail) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detail);
	}

}
