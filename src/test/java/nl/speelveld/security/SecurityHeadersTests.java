package nl.speelveld.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.security.AuthorisationMatrix.Who;
import nl.speelveld.shared.security.ContentSecurityPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static nl.speelveld.security.AuthorisationMatrix.ROWS;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every response carries the security headers: pages, the API, redirects and errors. Strict-Transport-
 * Security only over HTTPS, where a browser heeds it.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTests {

	private static final String HSTS = "Strict-Transport-Security";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Value("${speelveld.map.tile-url:}")
	String tileUrl;

	private AuthorisationMatrix matrix;

	@BeforeAll
	void makeThePeople() {
		this.matrix = AuthorisationMatrix.create(this.context);
	}

	@Test
	void everyGetEndpointAnswersWithTheSecurityHeadersAndNoStrictTransportSecurityOverHttp() {
		List<String> problems = new ArrayList<>();
		for (Who who : List.of(Who.ANONYMOUS, Who.ADMINISTRATOR)) {
			getRequests().forEach((what, request) -> {
				var response = this.mvc.perform(request.with(this.matrix.as(who))).getResponse();
				problems.addAll(missingHeaders(what + " as " + who, response.getStatus(), response::getHeader));
				if (response.getHeader(HSTS) != null) {
					problems.add(what + " as " + who + ": " + HSTS + " over plain HTTP");
				}
			});
		}

		failIfAny(problems);
	}

	@Test
	void errorResponsesCarryTheSecurityHeadersToo() {
		List<String> problems = new ArrayList<>();
		for (var error : errorRequests()) {
			var response = this.mvc.perform(error.request()).getResponse();
			problems.addAll(error.check(response.getStatus()));
			problems.addAll(missingHeaders(error.what(), response.getStatus(), response::getHeader));
		}

		failIfAny(problems);
	}

	/** The real server, because there the servlet container forwards errors to the error page. */
	@Test
	void theRunningServerSendsTheSecurityHeadersWithErrorsRedirectsAndFiles() throws Exception {
		List<Probe<HttpRequest>> probes = List.of(
				new Probe<>("a page that does not exist", 404, request("/bestaat/niet").build()),
				new Probe<>("an unknown area (problem+json)", 404, request("/api/v1/areas/GM9999").build()),
				new Probe<>("a year that is no number", 400, request("/gebied/GM0344?jaar=tien").build()),
				new Probe<>("an unknown level (problem+json)", 400, request("/api/v1/areas?level=provincie").build()),
				new Probe<>("a form without a CSRF token", 403, request("/account/naam")
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("naam=Iemand"))
					.build()),
				new Probe<>("a page that needs a sign-in", 302, request("/account").build()),
				new Probe<>("a style sheet", 200, request("/css/speelveld.css").build()),
				new Probe<>("the error page asked for directly", 404, request("/error").build()));

		List<String> problems = new ArrayList<>();
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (var probe : probes) {
			HttpResponse<Void> response = client.send(probe.request(), HttpResponse.BodyHandlers.discarding());
			Function<String, String> header = name -> response.headers().firstValue(name).orElse(null);
			problems.addAll(probe.check(response.statusCode()));
			problems.addAll(missingHeaders(probe.what(), response.statusCode(), header));
			if (header.apply(HSTS) != null) {
				problems.add(probe.what() + ": " + HSTS + " over plain HTTP");
			}
		}

		failIfAny(problems);
	}

	@Test
	void overHttpsEveryResponseAlsoCarriesStrictTransportSecurityForAYearWithSubdomains() {
		Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
		getRequests().forEach((what, request) -> requests.put(what, request.with(this.matrix.as(Who.ADMINISTRATOR))));
		errorRequests().forEach(error -> requests.put(error.what(), error.request()));

		List<String> problems = new ArrayList<>();
		requests.forEach((what, request) -> {
			MockHttpServletResponse response = this.mvc.perform(request.secure(true)).getResponse();
			problems.addAll(missingHeaders(what, response.getStatus(), response::getHeader));
			if (!"max-age=31536000 ; includeSubDomains".equals(response.getHeader(HSTS))) {
				problems.add(what + " (" + response.getStatus() + "): " + HSTS + " is " + response.getHeader(HSTS));
			}
		});

		failIfAny(problems);
	}

	/** The example of every GET endpoint of the authorisation matrix. */
	private Map<String, MockHttpServletRequestBuilder> getRequests() {
		Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
		ROWS.stream()
			.filter(row -> row.method().equals("GET") || row.method().equals("ANY"))
			.forEach(row -> requests.put(row.endpoint(), this.matrix.example(row)));
		return requests;
	}

	private List<Probe<MockHttpServletRequestBuilder>> errorRequests() {
		return List.of(new Probe<>("a page that does not exist", 404, get("/bestaat/niet")),
				new Probe<>("an unknown area (problem+json)", 404, get("/api/v1/areas/GM9999")),
				new Probe<>("a year that is no number", 400, get("/gebied/GM0344").param("jaar", "tien")),
				new Probe<>("an unknown level (problem+json)", 400, get("/api/v1/areas").param("level", "provincie")),
				new Probe<>("a resident in the administration", 403, get("/beheer").with(this.matrix.as(Who.RESIDENT))),
				new Probe<>("another gemeente's organisation", 403,
						get("/beheer/organisaties/{id}", this.matrix.organisationInUtrecht)
							.with(this.matrix.as(Who.COORDINATOR_ELSEWHERE))),
				new Probe<>("a form without a CSRF token", 403, post("/account/naam").with(this.matrix.as(Who.RESIDENT))));
	}

	/** What is missing or wrong among the headers that every response must carry. */
	private List<String> missingHeaders(String what, int status, Function<String, String> header) {
		Map<String, String> expected = Map.of("Content-Security-Policy", ContentSecurityPolicy.forTiles(this.tileUrl),
				"X-Frame-Options", "DENY", "Referrer-Policy", "strict-origin-when-cross-origin",
				"X-Content-Type-Options", "nosniff");
		List<String> problems = new ArrayList<>();
		expected.forEach((name, value) -> {
			if (!value.equals(header.apply(name))) {
				problems.add("%s (%d): %s is %s".formatted(what, status, name, header.apply(name)));
			}
		});
		return problems;
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "text/html");
	}

	/** A request that should get this status, so that the headers are checked on the response meant. */
	private record Probe<R>(String what, int status, R request) {

		List<String> check(int actual) {
			return actual == this.status ? List.of()
					: List.of("%s: status %d, should be %d".formatted(this.what, actual, this.status));
		}

	}

	private static void failIfAny(List<String> problems) {
		if (!problems.isEmpty()) {
			fail("Responses without the security headers, or not the responses meant:\n  " + String.join("\n  ", problems));
		}
	}

}
