package nl.speelveld.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard of the demo wijk Binnenstad (Utrecht) shows all four lenses, and every number on it is
 * recomputed here from the tables themselves, with plain SQL and arithmetic of this test: none of the
 * insights code runs for the expected values.
 */
@SpeelveldTest
class InsightsDashboardTests {

	private static final String WIJK = "WK034406";

	private static final String KEY = "034406%";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeredPopulationIsTheCbsFigureOfTheAreaAndYear() throws Exception {
		JsonNode insights = api("/api/v1/areas/" + WIJK + "/insights");
		int year = this.jdbc.sql("select max(year) from area_area where code = ? and inhabitants is not null").param(WIJK)
			.query(Integer.class).single();
		Map<String, Object> cbs = this.jdbc.sql("select * from area_area where code = ? and year = ?").params(WIJK, year)
			.query().singleRow();
		JsonNode registered = insights.get("registered");
		assertThat(registered.get("year").asInt()).isEqualTo(year);
		assertThat(registered.get("population").asInt()).isEqualTo(((Number) cbs.get("inhabitants")).intValue()).isPositive();
		assertThat(registered.get("households").asInt()).isEqualTo(((Number) cbs.get("households")).intValue());
		assertThat(registered.get("density").asInt()).isEqualTo(((Number) cbs.get("density")).intValue());
		assertThat(registered.get("ageGroupsPercent").get("65+").asInt()).isEqualTo(((Number) cbs.get("age_65_plus_pct")).intValue());
		// another year of the same area gives that year's figure
		JsonNode earlier = api("/api/v1/areas/GM0344/insights?year=2024");
		assertThat(earlier.get("registered").get("population").asInt()).isEqualTo(this.jdbc
			.sql("select inhabitants from area_area where code = 'GM0344' and year = 2024").query(Integer.class).single());
	}

	@Test
	void theWijkDashboardShowsAllLensesWithNumbersRecomputedIndependently() throws Exception {
		String page = page("/gebied/" + WIJK + "/inzichten");
		JsonNode insights = api("/api/v1/areas/" + WIJK + "/insights");
		NumberFormat dutch = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));

		// the four lenses and the map, each a section with its heading
		assertThat(page).contains("id=\"geregistreerd\"", "id=\"ervaren\"", "id=\"democratie\"", "id=\"speelveld\"",
				"id=\"kaart-titel\"", "Wat de cijfers zeggen", "Wat bewoners ervaren", "Wie meedoet en wat ermee gebeurt",
				"Wie werkt hier (het speelveld)");
		assertThat(page).contains("<caption>", "scope=\"col\"", "scope=\"row\"", "href=\"/gebied/" + WIJK + "/leefbaarheid\"",
				"href=\"/gebied/" + WIJK + "/speelveld\"");

		// registered
		int population = this.jdbc.sql("select inhabitants from area_area where code = ? order by year desc limit 1")
			.param(WIJK).query(Integer.class).single();
		assertThat(page).contains("In Wijk 06 Binnenstad wonen " + dutch.format(population) + " mensen.");

		// perceived: responses, and the mean and count of one theme, straight from the answers
		int responses = this.jdbc.sql("""
				select count(r.id) from participation_process p
				join participation_survey s on s.process_id = p.id and s.template = 'liveability'
				join participation_survey_response r on r.survey_id = s.id where p.area_key like ?""").param(KEY)
			.query(Integer.class).single();
		assertThat(responses).as("the demo survey in the Binnenstad").isPositive();
		assertThat(insights.get("perceived").get("responses").asInt()).isEqualTo(responses);
		List<Integer> green = this.jdbc.sql("""
				select a.score from participation_process p
				join participation_survey s on s.process_id = p.id and s.template = 'liveability'
				join participation_survey_answer a on a.survey_id = s.id and a.score is not null
				join participation_survey_question q on q.survey_id = a.survey_id and q.position = a.position
				where q.theme = 'green-nature' and p.area_key like ?""").param(KEY).query(Integer.class).list();
		JsonNode greenTheme = theme(insights, "green-nature");
		assertThat(greenTheme.get("n").asInt()).isEqualTo(green.size());
		double greenMean = green.stream().mapToInt(Integer::intValue).sum() / (double) green.size();
		assertThat(greenTheme.get("mean").asDouble()).isCloseTo(greenMean, within(1e-9));
		assertThat(page).contains(String.format(Locale.forLanguageTag("nl-NL"), "%.1f", greenMean));

		// democracy: turnout per process = distinct participants (or its ballots, when more) / CBS population of its area
		List<Map<String, Object>> processes = this.jdbc.sql("""
				select id, title, area_code from participation_process where status <> 'draft' and area_key like ?""")
			.param(KEY).query().listOfRows();
		assertThat(processes).isNotEmpty();
		JsonNode turnout = insights.get("democracy").get("processes");
		assertThat(turnout.size()).isEqualTo(processes.size());
		for (Map<String, Object> process : processes) {
			UUID id = (UUID) process.get("id");
			int ballots = this.jdbc.sql("select count(*) from budget_ballot where process_id = ?").param(id).query(Integer.class).single();
			int participants = Math.max(participants(id).size(), ballots);
			int processPopulation = this.jdbc.sql("select inhabitants from area_area where code = ? order by year desc limit 1")
				.param(process.get("area_code")).query(Integer.class).single();
			JsonNode shown = find(turnout, "id", id.toString());
			assertThat(shown.get("participants").asInt()).as((String) process.get("title")).isEqualTo(participants);
			assertThat(shown.get("turnoutPercent").asDouble()).isCloseTo(100.0 * participants / processPopulation, within(1e-9));
			assertThat(page).contains((String) process.get("title"));
		}

		// representativeness: participants with an age group, cells under five not shown
		List<UUID> everyone = new ArrayList<>();
		processes.forEach(process -> participants((UUID) process.get("id")).forEach(p -> {
			if (!everyone.contains(p)) {
				everyone.add(p);
			}
		}));
		Map<String, Integer> bands = new HashMap<>();
		this.jdbc.sql("select band from acc_age_band where user_id = any(?)").param(everyone.toArray(UUID[]::new))
			.query(String.class).list().forEach(band -> bands.merge(band, 1, Integer::sum));
		int withAge = bands.values().stream().mapToInt(Integer::intValue).sum();
		JsonNode representation = insights.get("democracy").get("representation");
		assertThat(representation.get("participants").asInt()).isEqualTo(everyone.size());
		assertThat(representation.get("withAgeGroup").asInt()).isEqualTo(withAge).as("demo participants have age groups").isPositive();
		boolean suppressedOne = false;
		for (JsonNode group : representation.get("groups")) {
			int count = bands.getOrDefault(group.get("key").asString(), 0);
			if (count < 5) {
				assertThat(group.get("participants").isNull()).as("group %s of %d", group.get("key"), count).isTrue();
				assertThat(group.get("participantPercent").isNull()).isTrue();
				suppressedOne = true;
			}
			else {
				assertThat(group.get("participants").asInt()).isEqualTo(count);
				assertThat(group.get("participantPercent").asDouble()).isCloseTo(100.0 * count / withAge, within(1e-9));
			}
		}
		assertThat(suppressedOne || bands.values().stream().allMatch(c -> c >= 5)).isTrue();

		// share of inputs with a visible outcome
		int[] proposals = this.jdbc.sql("""
				select count(*), count(answered_at) from participation_proposal pr
				join participation_process p on p.id = pr.process_id
				where pr.moderation = 'visible' and p.status <> 'draft' and p.area_key like ?""").param(KEY)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		JsonNode proposalOutcome = find(insights.get("democracy").get("outcomes"), "kind", "proposals");
		assertThat(proposalOutcome.get("inputs").asInt()).isEqualTo(proposals[0]).isPositive();
		assertThat(proposalOutcome.get("answered").asInt()).isEqualTo(proposals[1]);
		assertThat(proposalOutcome.get("percent").asDouble()).isCloseTo(100.0 * proposals[1] / proposals[0], within(1e-9));

		// response time of initiatives: submitted to the first decision, as a median in days
		List<Double> days = new ArrayList<>();
		int submitted = 0;
		for (UUID initiative : this.jdbc.sql("select id from initiative where area_key like ?").param(KEY).query(UUID.class).list()) {
			List<Map<String, Object>> steps = this.jdbc.sql("select at, to_status from initiative_step where initiative_id = ? order by at")
				.param(initiative).query().listOfRows();
			Timestamp first = null;
			Timestamp decision = null;
			for (Map<String, Object> step : steps) {
				if (first == null && "submitted".equals(step.get("to_status"))) {
					first = (Timestamp) step.get("at");
				}
				if (decision == null && List.of("supported", "declined").contains(step.get("to_status"))) {
					decision = (Timestamp) step.get("at");
				}
			}
			if (first != null) {
				submitted++;
				if (decision != null) {
					days.add((decision.getTime() - first.getTime()) / 86_400_000.0);
				}
			}
		}
		JsonNode initiatives = insights.get("democracy").get("responseTimes").get("initiatives");
		assertThat(initiatives.get("total").asInt()).isEqualTo(submitted);
		assertThat(initiatives.get("answered").asInt()).isEqualTo(days.size());
		if (days.isEmpty()) {
			assertThat(initiatives.get("medianDays").isNull()).isTrue();
		}
		else {
			assertThat(initiatives.get("medianDays").asDouble()).isCloseTo(median(days), within(1.0 / 86_400));
		}

		// playing field: the same gaps and theme counts as the playing field's own API
		JsonNode field = api("/api/v1/areas/" + WIJK + "/playing-field");
		List<String> gaps = new ArrayList<>();
		field.get("gaps").get("themes").forEach(theme -> gaps.add(theme.get("code").asString()));
		JsonNode playingField = insights.get("playingField");
		List<String> shownGaps = new ArrayList<>();
		playingField.get("gaps").forEach(code -> shownGaps.add(code.asString()));
		assertThat(shownGaps).containsExactlyInAnyOrderElementsOf(gaps);
		int themes = 0;
		for (JsonNode goal : field.get("goals")) {
			themes += goal.get("themes").size();
		}
		assertThat(playingField.get("themes").asInt()).isEqualTo(themes);
		assertThat(playingField.get("coveredThemes").asInt()).isEqualTo(themes - gaps.size());
	}

	@Test
	void theChoroplethGivesEveryPartItsCbsValueAndAClass() throws Exception {
		JsonNode map = api("/api/v1/areas/GM0344/insights/map?measure=density");
		int year = this.jdbc.sql("select max(year) from area_area where code = 'GM0344'").query(Integer.class).single();
		Map<String, Integer> density = new HashMap<>();
		this.jdbc.sql("select code, density from area_area where parent_code = 'GM0344' and year = ?").param(year)
			.query((rs, n) -> density.put(rs.getString(1), (Integer) rs.getObject(2))).list();
		assertThat(map.get("features").size()).isEqualTo(density.size());
		List<Double> values = new ArrayList<>();
		for (JsonNode feature : map.get("features")) {
			Integer expected = density.get(feature.get("id").asString());
			assertThat(feature.get("properties").get("value").asDouble()).isEqualTo(expected.doubleValue());
			assertThat(feature.get("properties").get("class").asInt()).isBetween(1, 5);
			assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
			values.add(expected.doubleValue());
		}
		// classes rise with the values
		Collections.sort(values);
		JsonNode lowest = null;
		JsonNode highest = null;
		for (JsonNode feature : map.get("features")) {
			double value = feature.get("properties").get("value").asDouble();
			if (value == values.get(0)) {
				lowest = feature;
			}
			if (value == values.get(values.size() - 1)) {
				highest = feature;
			}
		}
		assertThat(lowest.get("properties").get("class").asInt()).isEqualTo(1);
		assertThat(highest.get("properties").get("class").asInt()).isEqualTo(map.get("classes").size());
	}

	@Test
	void everyTableComesAsCsvForDutchExcel() throws Exception {
		for (String table : List.of("kerncijfers", "leeftijd", "trend", "leefbaarheid", "opkomst", "vertegenwoordiging",
				"uitkomsten", "reactietijden", "speelveld", "normen")) {
			var response = this.mvc.perform(get("/gebied/{code}/inzichten/{table}.csv", WIJK, table)).getResponse();
			assertThat(response.getStatus()).as(table).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("text/csv");
			byte[] body = response.getContentAsByteArray();
			assertThat(body).as(table).startsWith(0xEF, 0xBB, 0xBF);
			String csv = new String(body, StandardCharsets.UTF_8);
			assertThat(csv.lines().findFirst().orElseThrow()).as(table).contains(";");
			assertThat(csv).contains("\r\n");
		}
		String averages = new String(this.mvc.perform(get("/gebied/{code}/inzichten/kerncijfers.csv", WIJK)).getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		int population = this.jdbc.sql("select inhabitants from area_area where code = ? order by year desc limit 1")
			.param(WIJK).query(Integer.class).single();
		assertThat(averages).contains("Inwoners;" + population + "\r\n").containsPattern("huishouden;\\d+,\\d\\d\r\n");
		var map = this.mvc.perform(get("/gebied/{code}/inzichten/kaart.csv", "GM0344").param("maat", "population")).getResponse();
		assertThat(map.getStatus()).isEqualTo(200);
		assertThat(map.getContentAsString(StandardCharsets.UTF_8)).contains("Wijk 06 Binnenstad;" + population + ";");
	}

	@Test
	void unknownAreasAreNotFoundAndUnknownMeasuresBadInput() throws Exception {
		var page = this.mvc.perform(get("/gebied/{code}/inzichten", "GM9999")).getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("GM9999");
		var api = this.mvc.perform(get("/api/v1/areas/{code}/insights", "XX12")).getResponse();
		assertThat(api.getStatus()).isEqualTo(404);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(this.mvc.perform(get("/gebied/{code}/inzichten/rapport.pdf", "GM9999")).getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/gebied/{code}/inzichten/{table}.csv", WIJK, "geheim")).getResponse().getStatus())
			.isEqualTo(404);

		var measurePage = this.mvc.perform(get("/gebied/{code}/inzichten", "GM0344").param("maat", "schoenmaat")).getResponse();
		assertThat(measurePage.getStatus()).isEqualTo(400);
		assertThat(measurePage.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"maat-error\"",
				"De kaart kent 'schoenmaat' niet.", "aria-describedby=\"maat-error\"");
		var measureApi = this.mvc.perform(get("/api/v1/areas/{code}/insights/map", "GM0344").param("measure", "schoenmaat")
			.header("Accept-Language", "nl")).getResponse();
		assertThat(measureApi.getStatus()).isEqualTo(400);
		assertThat(measureApi.getContentType()).startsWith("application/problem+json");
		assertThat(measureApi.getContentAsString(StandardCharsets.UTF_8)).contains("schoenmaat");
		assertThat(this.mvc.perform(get("/gebied/{code}/inzichten/kaart.csv", "GM0344").param("maat", "schoenmaat")).getResponse()
			.getStatus()).isEqualTo(400);
	}

	/** Everyone who did something in the process, by this test's own reading of the tables. */
	private List<UUID> participants(UUID process) {
		return this.jdbc.sql("""
				select author_id from participation_proposal where process_id = :p and author_id is not null
				union select s.account_id from participation_proposal_supporter s join participation_proposal pr on pr.id = s.proposal_id where pr.process_id = :p
				union select a.author_id from participation_argument a join participation_proposal pr on pr.id = a.proposal_id where pr.process_id = :p and a.author_id is not null
				union select c.author_id from participation_comment c join participation_proposal pr on pr.id = c.proposal_id where pr.process_id = :p and c.author_id is not null
				union select r.account_id from participation_survey_response r join participation_survey s on s.id = r.survey_id where s.process_id = :p and r.account_id is not null
				union select g.account_id from participation_meeting_registration g join participation_meeting m on m.id = g.meeting_id where m.process_id = :p""")
			.param("p", process).query(UUID.class).list();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static JsonNode theme(JsonNode insights, String key) {
		return find(insights.get("perceived").get("themes"), "key", key);
	}

	private static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode element : array) {
			if (value.equals(element.get(field).asString())) {
				return element;
			}
		}
		throw new AssertionError("no " + field + " " + value + " in " + array);
	}

	private JsonNode api(String url) throws Exception {
		var response = this.mvc.perform(get(url)).getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private String page(String url) throws Exception {
		var response = this.mvc.perform(get(url).header("Accept-Language", "nl")).getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
