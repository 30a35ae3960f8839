package nl.speelveld.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.pattern.PathPatternParser;

import static nl.speelveld.security.AuthorisationMatrix.ROWS;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every endpoint against every kind of visitor, as {@link AuthorisationMatrix} says. Fails, naming the
 * endpoint, when the application has an endpoint that the matrix lacks or the other way round.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	private AuthorisationMatrix matrix;

	@BeforeAll
	void makeThePeopleOfTheColumns() {
		this.matrix = AuthorisationMatrix.create(this.context);
	}

	@Test
	void everyEndpointOfTheApplicationHasARowInTheMatrix() {
		Set<String> missing = new TreeSet<>(AuthorisationMatrix.endpointsOf(this.context));
		missing.removeAll(rowEndpoints());

		failIfAny(missing, "These endpoints have no row in AuthorisationMatrix.ROWS; add one saying who may use it");
	}

	@Test
	void everyRowOfTheMatrixIsAnEndpointOfTheApplication() {
		Set<String> gone = new TreeSet<>(rowEndpoints());
		gone.removeAll(AuthorisationMatrix.endpointsOf(this.context));
		Set<String> twice = ROWS.stream()
			.collect(Collectors.groupingBy(Row::endpoint, Collectors.counting()))
			.entrySet()
			.stream()
			.filter(rows -> rows.getValue() > 1)
			.map(rows -> rows.getKey())
			.collect(Collectors.toCollection(TreeSet::new));

		failIfAny(gone, "AuthorisationMatrix.ROWS has rows for endpoints the application no longer has");
		failIfAny(twice, "AuthorisationMatrix.ROWS has more than one row for");
	}

	@Test
	void everyRowsExampleIsARequestToItsOwnEndpoint() {
		List<String> astray = new ArrayList<>();
		for (Row row : ROWS) {
			var request = this.matrix.example(row).buildRequest(new MockServletContext());
			boolean method = row.method().equals("ANY") || row.method().equals(request.getMethod());
			boolean path = PathPatternParser.defaultInstance.parse(row.pattern())
				.matches(PathContainer.parsePath(request.getRequestURI()));
			if (!method || !path) {
				astray.add(row.endpoint() + " has the example " + request.getMethod() + " " + request.getRequestURI());
			}
		}

		failIfAny(astray, "Examples in AuthorisationMatrix.ROWS that do not match their endpoint");
	}

	@Test
	void everyoneGetsExactlyTheAccessTheMatrixGivesThem() {
		List<String> wrong = new ArrayList<>();
		for (Row row : ROWS) {
			this.matrix.forgetWrites();
			for (Who who : Who.values()) {
				var request = this.matrix.example(row).with(this.matrix.as(who));
				if (row.isWrite()) {
					request.with(csrf());
				}
				MvcTestResult result = this.mvc.perform(request);
				String mismatch = result.getUnresolvedException() != null
						? row.endpoint() + " as " + who + " failed: " + result.getUnresolvedException()
						: row.mismatch(who, result.getResponse());
				if (mismatch != null) {
					wrong.add(mismatch);
				}
			}
		}

		failIfAny(wrong, "Access differs from AuthorisationMatrix.ROWS");
	}

	private static Set<String> rowEndpoints() {
		return ROWS.stream().map(Row::endpoint).collect(Collectors.toSet());
	}

	private static void failIfAny(java.util.Collection<String> problems, String what) {
		if (!problems.isEmpty()) {
			fail(what + ":\n  " + String.join("\n  ", problems));
		}
	}

}
