package nl.speelveld.participation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpeelveldTest
class BudgetingApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BudgetingApiController controller;

	@Test
	void talliesAssenByItsOwnRuleWithoutASignInOrCsrfToken() throws IOException {
		MvcTestResult result = post(resource("Netherlands_Assen_2024.pb"), "", "nl");

		assertThat(result).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.rule").isEqualTo("equal-shares");
			assertThat(body).extractingPath("$.budget").isEqualTo(100000);
			assertThat(body).extractingPath("$.selected").asArray()
				.containsExactlyInAnyOrder("3", "9", "2", "11", "13", "14", "5", "6", "12");
			assertThat(body).extractingPath("$.spent").isEqualTo(76700);
			assertThat(body).extractingPath("$.explanation.rounds").asArray().hasSize(9);
			assertThat(body).extractingPath("$.explanation.steps[0].outcome").isEqualTo("FUNDED");
		});
	}

	@Test
	void moreTalliesAtOnceThanAllowedWaitTheirTurn() throws IOException, InterruptedException {
		this.controller.running.acquire(BudgetingApiController.AT_ONCE);
		try {
			MvcTestResult result = post(resource("Netherlands_Assen_2024.pb"), "", "nl");
			assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "te veel uitslagen tegelijk");
			assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("1");
		}
		finally {
			this.controller.running.release(BudgetingApiController.AT_ONCE);
		}
		assertThat(post(resource("Netherlands_Assen_2024.pb"), "", "nl")).hasStatusOk();
	}

	@Test
	void talliesByTheRuleAskedFor() throws IOException {
		MvcTestResult result = post(resource("Netherlands_Assen_2024.pb"), "?rule=greedy", "nl");

		assertThat(result).hasStatusOk().bodyJson().satisfies(body -> {
			assertThat(body).extractingPath("$.rule").isEqualTo("greedy");
			assertThat(body).extractingPath("$.explanation.completion").isNull();
		});
	}

	@Test
	void aMalformedFileIsABadRequestNamingTheLineInTheCallersLanguage() {
		String broken = "META\nkey;value\nbudget;veel\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1\n";

		assertProblem(post(broken, "", "nl"), HttpStatus.BAD_REQUEST, "Regel 3: budget moet een getal");
		assertProblem(post(broken, "", "en"), HttpStatus.BAD_REQUEST, "Line 3: budget must be a number");
		assertProblem(post("", "", "nl"), HttpStatus.BAD_REQUEST, "Het deel META ontbreekt");
	}

	@Test
	void anUnknownRuleIsABadRequest() throws IOException {
		assertProblem(post(resource("Netherlands_Assen_2024.pb"), "?rule=lottery", "en"), HttpStatus.BAD_REQUEST,
				"The rule lottery is unknown");
		String noRule = "META\nkey;value\nbudget;10\nrule;unknown\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n1;1\n";
		assertProblem(post(noRule, "", "nl"), HttpStatus.BAD_REQUEST, "Het bestand noemt geen regel");
	}

	@Test
	void aBodyOverTwentyMegabytesIsRefusedWith413() {
		String huge = "x".repeat(BudgetingApiController.MAX_BYTES + 1);

		assertProblem(post(huge, "", "nl"), HttpStatus.CONTENT_TOO_LARGE, "groter dan 20 MB");
	}

	private MvcTestResult post(String body, String query, String language) {
		return this.mvc.post().uri("/api/v1/budgeting/tally" + query).header("Accept-Language", language)
			.contentType(MediaType.TEXT_PLAIN).content(body.getBytes(StandardCharsets.UTF_8)).exchange();
	}

	private static void assertProblem(MvcTestResult result, HttpStatus status, String detail) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detail);
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = BudgetingApiControllerTests.class.getResourceAsStream("/pabulib/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
