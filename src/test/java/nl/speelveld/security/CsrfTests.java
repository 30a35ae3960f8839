package nl.speelveld.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import nl.speelveld.SpeelveldTest;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static nl.speelveld.security.AuthorisationMatrix.ROWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every state-changing endpoint, the application's and Spring Security's, refuses a request without a
 * valid CSRF token with 403, and the refused request changes nothing. With a token the same requests
 * pass: {@link AuthorisationMatrixTests} sends them.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsrfTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private AuthorisationMatrix matrix;

	@BeforeAll
	void makeThePeople() {
		this.matrix = AuthorisationMatrix.create(this.context);
	}

	@Test
	void anAnonymousRequestWithoutATokenIsRefusedEverywhereAndChangesNothing() {
		assertEveryWriteIsRefused(Who.ANONYMOUS, request -> request);
	}

	@Test
	void anAdministratorsRequestWithoutATokenIsRefusedEverywhereAndChangesNothing() {
		assertEveryWriteIsRefused(Who.ADMINISTRATOR, request -> request);
	}

	@Test
	void theTokenCookieThatABrowserSendsAlongIsNotEnough() {
		assertEveryWriteIsRefused(Who.ADMINISTRATOR, request -> {
			request.setCookies(new Cookie("XSRF-TOKEN", "1b7c8a1e-5f0e-4a8e-9d7c-3c4b2a1f0e9d"));
			return request;
		});
	}

	@Test
	void aTokenThatDoesNotMatchIsRefusedEverywhere() {
		assertEveryWriteIsRefused(Who.ADMINISTRATOR, csrf().useInvalidToken());
	}

	@Test
	void anAnonymousPageWithoutAFormSetsNoCookie() {
		var page = this.mvc.get().uri("/gebied/{code}/initiatieven", "WK034406").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeaders("Set-Cookie")).as("cookies on an anonymous page without a form").isEmpty();
		assertThat(page).bodyText().doesNotContain("csrf-token");
	}

	@Test
	void aSignedInVisitorsPageCarriesTheTokenForHtmx() {
		assertThat(this.mvc.get().uri("/gebied/{code}/initiatieven", "WK034406").with(this.matrix.as(Who.RESIDENT)))
			.bodyText()
			.contains("<meta name=\"csrf-token\"");
	}

	private void assertEveryWriteIsRefused(Who who, RequestPostProcessor token) {
		// Built before the state is read: some examples make what they name, an invitation for instance.
		Map<Row, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
		ROWS.stream()
			.filter(Row::isWrite)
			.forEach(row -> requests.put(row, write(row).with(this.matrix.as(who)).with(token)));
		Map<String, Object> before = state();

		List<String> accepted = new ArrayList<>();
		requests.forEach((row, request) -> {
			var response = this.mvc.perform(request).getResponse();
			if (response.getStatus() != 403) {
				accepted.add(row.endpoint() + " as " + who + ": " + AuthorisationMatrix.describe(response));
			}
		});

		assertThat(accepted).as("state-changing requests that were not refused").isEmpty();
		assertThat(state()).as("what the refused requests changed").isEqualTo(before);
	}

	/** The row's example, or a POST for an endpoint that takes any method. */
	private MockHttpServletRequestBuilder write(Row row) {
		return row.method().equals("ANY") ? post(row.pattern()) : this.matrix.example(row);
	}

	/** What any of the requests would change if it got through: every change is audited or counted here. */
	private Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("audit entries", count("select count(*) from acc_audit"));
		state.put("organisations", count("select count(*) from acc_organisation"));
		state.put("grants", count("select count(*) from acc_grant"));
		state.put("accepted invitations", count("select count(*) from acc_invitation where accepted_at is not null"));
		state.put("people", count("select count(*) from acc_user"));
		state.put("names and passwords", this.jdbc
			.sql("select md5(string_agg(coalesce(display_name, '') || coalesce(password_hash, ''), ',' order by id))"
					+ " from acc_user")
			.query(String.class)
			.single());
		state.put("mails", count("select count(*) from shared_outbox"));
		state.put("sign-in links of the resident", this.jdbc.sql("select count(*) from one_time_tokens where username = ?")
			.param(this.matrix.person(Who.RESIDENT).toString())
			.query(Long.class)
			.single());
		return state;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
