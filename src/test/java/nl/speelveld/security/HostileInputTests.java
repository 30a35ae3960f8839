package nl.speelveld.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import nl.speelveld.security.HostileRequests.Case;
import nl.speelveld.security.HostileRequests.Sample;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.DispatcherServletCustomizer;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static nl.speelveld.security.AuthorisationMatrix.ROWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile input on every endpoint: at least ten thousand requests made from the examples of
 * {@link AuthorisationMatrix}, each with one thing wrong (see {@link HostileRequests}), sent anonymously and
 * as someone allowed, with a valid CSRF token so that they reach the controllers. No answer may be a 5xx or
 * show a stack trace or SQL, and afterwards no page may show a stored script unescaped.
 * <p>
 * The run is the same for the same seed: {@code -Dspeelveld.fuzz.seed=...} replays a run,
 * {@code -Dspeelveld.fuzz.case=...} sends one case of it only, {@code -Dspeelveld.fuzz.cases=...} changes
 * the number of cases.
 */
@SpeelveldTest
@Tag("fuzz")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTests {

	private static final Logger log = LoggerFactory.getLogger(HostileInputTests.class);

	private static final long SEED = Long.getLong("speelveld.fuzz.seed", 20_260_611L);

	private static final int CASES = Integer.getInteger("speelveld.fuzz.cases", 10_000);

	private static final @Nullable Integer ONLY_CASE = Integer.getInteger("speelveld.fuzz.case");

	/** Failures listed in full; beyond this many only counted. */
	private static final int SHOWN = 40;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	/** The application's MockMvc, but one that keeps no printout of ten thousand requests for a failure. */
	private MockMvcTester mvc;

	private AuthorisationMatrix matrix;

	private List<Sample> samples;

	/** Pages that the fuzzed writes sent their visitor to, with who sent them: what was made shows there. */
	private final Map<String, Who> madePages = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private int failureCount;

	@BeforeAll
	void takeTheExamplesApart() {
		this.mvc = MockMvcTester.from(this.context, builder -> {
			var quiet = new SpringBootMockMvcBuilderCustomizer(this.context);
			quiet.setPrint(MockMvcPrint.NONE);
			quiet.customize(builder);
			this.context.getBeansOfType(MockMvcBuilderCustomizer.class)
				.values()
				.stream()
				.filter(customizer -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
				.forEach(customizer -> customizer.customize(builder));
			this.context.getBeansOfType(DispatcherServletCustomizer.class).values().forEach(builder::addDispatcherServletCustomizer);
			return builder.build();
		});
		this.matrix = AuthorisationMatrix.create(this.context);
		this.samples = ROWS.stream().map(row -> Sample.of(row, this.matrix.example(row))).toList();
	}

	@Test
	@Order(1)
	void noHostileRequestBreaksAnEndpointOrLeaksItsInsides() {
		this.failures.clear();
		this.failureCount = 0;
		long started = System.nanoTime();
		Map<String, Integer> statuses = new TreeMap<>();
		int sent = 0;
		for (int index = 0; index < CASES; index++) {
			if (ONLY_CASE != null && index != ONLY_CASE) {
				continue;
			}
			if (index % 50 == 0) {
				this.matrix.forgetWrites();
			}
			Case hostile = HostileRequests.generate(SEED, index, this.samples);
			MvcTestResult result = this.mvc.perform(hostile.build().with(this.matrix.as(hostile.who)).with(csrf()));
			sent++;
			check(hostile.toString(), result);
			if (result.getUnresolvedException() == null) {
				MockHttpServletResponse response = result.getResponse();
				statuses.merge(String.valueOf(response.getStatus()), 1, Integer::sum);
				remember(hostile, response);
			}
			else {
				statuses.merge("failed", 1, Integer::sum);
			}
		}
		log.info("Sent {} hostile requests (seed {}) in {} ms; statuses {}", sent, SEED,
				(System.nanoTime() - started) / 1_000_000, statuses);

		assertThat(sent).as("cases sent").isEqualTo(ONLY_CASE == null ? CASES : 1);
		failIfAny("hostile requests");
	}

	/** After the hostile requests: they are the ones that stored things. */
	@Test
	@Order(2)
	void noPageShowsWhatTheHostileRequestsStoredUnescaped() {
		this.failures.clear();
		this.failureCount = 0;
		long started = System.nanoTime();
		int sent = 0;
		// The pages of every row, fresh, as anyone and as someone allowed: lists and overviews show what was made.
		for (Row row : ROWS) {
			if (!row.method().equals("GET") && !row.method().equals("ANY")) {
				continue;
			}
			Sample sample = Sample.of(row, this.matrix.example(row));
			for (Who who : List.of(Who.ANONYMOUS, sample.allowed())) {
				sent++;
				check("page " + row.endpoint() + " as " + who, this.mvc.perform(this.matrix.example(row).with(this.matrix.as(who))));
			}
		}
		// The pages the fuzzed writes led to, as their writer and as anyone.
		for (var page : this.madePages.entrySet()) {
			for (Who who : new LinkedHashSet<>(List.of(page.getValue(), Who.ANONYMOUS))) {
				sent++;
				check("page " + page.getKey() + " as " + who, this.mvc.perform(get(page.getKey()).with(this.matrix.as(who))));
			}
		}
		log.info("Checked {} pages for stored scripts in {} ms", sent, (System.nanoTime() - started) / 1_000_000);
		failIfAny("pages after the hostile requests");
	}

	/**
	 * Puts back what other tests may read: the wegwijzer's words and examples added by the fuzzing, and the
	 * settings of Utrecht, as the matrix's examples leave them.
	 */
	@AfterAll
	void putBackWhatOthersRead() {
		List<UUID> people = new ArrayList<>();
		for (Who who : Who.values()) {
			if (who != Who.ANONYMOUS) {
				people.add(this.matrix.person(who).value());
			}
		}
		var admin = this.matrix.as(Who.ADMINISTRATOR);
		for (String table : List.of("routing_term", "routing_example")) {
			String endpoint = table.equals("routing_term") ? "/beheer/wegwijzer/woorden/{id}/verwijderen"
					: "/beheer/wegwijzer/voorbeelden/{id}/verwijderen";
			this.jdbc.sql("select id from " + table + " where added_by in (:people)")
				.param("people", people)
				.query(Long.class)
				.list()
				.forEach(id -> this.mvc.perform(post(endpoint, id).with(admin).with(csrf())));
		}
		for (Row row : ROWS) {
			if (row.isWrite() && row.pattern().startsWith("/beheer/")) {
				this.matrix.forgetWrites();
				Sample sample = Sample.of(row, this.matrix.example(row));
				this.mvc.perform(this.matrix.example(row).with(this.matrix.as(sample.allowed())).with(csrf()));
			}
		}
	}

	/** Where a write sent its visitor: a page of something it made or changed. */
	private void remember(Case hostile, MockHttpServletResponse response) {
		String location = response.getRedirectedUrl();
		if (!hostile.isWrite() || location == null || !location.startsWith("/") || location.startsWith("//")
				|| this.madePages.size() >= 1_500) {
			return;
		}
		String path = location.replaceAll("[?#].*$", "");
		if (!path.startsWith("/inloggen") && !path.equals("/")) {
			this.madePages.putIfAbsent(path, hostile.who);
		}
	}

	private void check(String request, MvcTestResult result) {
		List<String> problems = new ArrayList<>();
		if (result.getUnresolvedException() != null) {
			problems.add("failed with " + firstLine(result.getUnresolvedException().toString()));
		}
		else {
			MockHttpServletResponse response = result.getResponse();
			String type = String.valueOf(response.getContentType());
			String body = readable(type) ? new String(response.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
			if (response.getStatus() >= 500) {
				problems.add("answered " + response.getStatus());
			}
			HostilePayloads.LEAKS.stream()
				.filter(body::contains)
				.forEach(leak -> problems.add("shows '" + leak + "': " + around(body, leak)));
			if (type.startsWith("text/html")) {
				HostilePayloads.RENDERED_RAW.stream()
					.filter(body::contains)
					.forEach(raw -> problems.add("renders '" + raw + "' unescaped: " + around(body, raw)));
			}
		}
		if (!problems.isEmpty()) {
			this.failureCount++;
			if (this.failures.size() < SHOWN) {
				this.failures.add(request + "\n      " + String.join("\n      ", problems));
			}
		}
	}

	private void failIfAny(String what) {
		if (this.failureCount > 0) {
			fail("%d of the %s went wrong (seed %d; replay one with -Dspeelveld.fuzz.seed=%d -Dspeelveld.fuzz.case=N):%n  %s"
				.formatted(this.failureCount, what, SEED, SEED, String.join("\n  ", this.failures)));
		}
	}

	private static boolean readable(String contentType) {
		return contentType.equals("null") || contentType.startsWith("text/") || contentType.contains("json")
				|| contentType.contains("xml") || contentType.contains("yaml");
	}

	private static String around(String body, String found) {
		int at = body.indexOf(found);
		return HostileRequests.shorten(body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 120)));
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return HostileRequests.shorten(end < 0 ? text : text.substring(0, end));
	}

}
