package nl.speelveld.accounts.signin;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.users.Hashes;
import org.junit.jupiter.api.Test;
import testsupport.idp.TestIdentityProvider;
import testsupport.idp.TestIdentityProvider.Person;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through OpenID Connect with a real provider, the test identity provider, following its redirects
 * as a browser would but without one: which account a sign-in opens or finds, and what Speelveld keeps of
 * the provider's identity. The browser journey shows the same from a resident's side.
 */
@SpeelveldTest
class OidcSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountsFixture fixture;

	@Autowired
	JdbcClient jdbc;

	private final TestIdentityProvider provider = TestIdentityProvider.get();

	@Test
	void aFirstSignInOpensAVerifiedAccountAndTheNextOneFindsIt() throws Exception {
		Person anna = this.provider.person("Anna de Vries", AccountsFixture.email("anna"), true);

		assertSignedInAs(signIn(anna), "Anna de Vries", anna.email());
		List<UUID> accounts = accountsWith(anna.email());
		assertThat(accounts).hasSize(1);
		assertThat(this.jdbc.sql("select email_verified_at is not null from acc_user where id = ?")
			.param(accounts.get(0))
			.query(Boolean.class)
			.single()).isTrue();

		assertSignedInAs(signIn(anna), "Anna de Vries", anna.email());
		assertThat(accountsWith(anna.email())).isEqualTo(accounts);
		assertThat(identitiesOf(accounts.get(0))).hasSize(1);
	}

	@Test
	void someoneSentToSignInFromAPageLandsOnThatPageAfterwards() throws Exception {
		Person lotte = this.provider.person("Lotte de Wit", AccountsFixture.email("lotte"), true);
		HttpClient browser = newBrowser();
		assertThat(open(browser, "/account/verwijderen").uri().getPath()).isEqualTo("/inloggen");

		assertThat(signIn(browser, lotte).uri().getPath()).isEqualTo("/account/verwijderen");
	}

	@Test
	void anExistingAccountWithTheSameVerifiedAddressIsLinkedRatherThanDuplicated() throws Exception {
		String email = AccountsFixture.email("bestaand");
		UserId existing = this.fixture.person(email, "Bestaande Bewoner");
		// Mail addresses compare without regard to case, so the provider's spelling must not matter.
		Person provided = this.provider.person("Andere Naam", email.toUpperCase(Locale.ROOT), true);

		assertSignedInAs(signIn(provided), "Bestaande Bewoner", email);
		assertThat(accountsWith(email)).containsExactly(existing.value());
		assertThat(identitiesOf(existing.value())).hasSize(1);
	}

	@Test
	void theProviderSubjectIsKeptOnlyAsAHash() throws Exception {
		Person bram = this.provider.person("Bram Jansen", AccountsFixture.email("bram"), true);
		signIn(bram);

		List<String> identity = identitiesOf(accountsWith(bram.email()).get(0)).get(0);
		assertThat(identity.get(0)).isEqualTo(this.provider.issuer());
		assertThat(identity.get(1)).matches("[0-9a-f]{64}")
			.isEqualTo(Hashes.sha256(this.provider.issuer() + "|" + bram.username()))
			.doesNotContain(bram.username());
	}

	@Test
	void someoneWhoseAddressTheProviderDidNotVerifyGetsNoAccountAndNoneIsLinked() throws Exception {
		Person unverified = this.provider.person("Niet Geverifieerd", AccountsFixture.email("onbevestigd"), false);
		String taken = AccountsFixture.email("bestaand");
		UserId existing = this.fixture.person(taken, "Bestaande Bewoner");
		Person claimsTaken = this.provider.person("Iemand Anders", taken, false);

		for (Person person : List.of(unverified, claimsTaken)) {
			HttpResponse<String> landed = signIn(person);
			assertThat(landed.uri().getPath() + "?" + landed.uri().getQuery()).isEqualTo("/inloggen?melding=oidc");
			assertThat(landed.body()).contains("Inloggen via je organisatie is niet gelukt.")
				.doesNotContain("Welkom");
		}
		assertThat(accountsWith(unverified.email())).isEmpty();
		assertThat(identitiesOf(existing.value())).isEmpty();
	}

	/**
	 * Follows "Inloggen met Testgemeente" to the provider's login form, signs in there, and follows the
	 * redirects back to wherever Speelveld sends the person, in a fresh browser without cookies.
	 */
	private HttpResponse<String> signIn(Person person) throws Exception {
		return signIn(newBrowser(), person);
	}

	private HttpResponse<String> signIn(HttpClient http, Person person) throws Exception {
		HttpResponse<String> loginForm = open(http, "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION_ID);
		assertThat(loginForm.uri().toString()).isEqualTo(this.provider.issuer() + "/login");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginForm.body());
		assertThat(csrf.find()).as("CSRF token in the provider's login form").isTrue();
		String form = "username=" + encoded(person.username()) + "&password=" + encoded(person.password()) + "&_csrf="
				+ encoded(csrf.group(1));
		return http.send(HttpRequest.newBuilder(loginForm.uri())
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows redirects and keeps cookies per host, as a browser does. */
	@Test
	void aProviderWeDoNotKnowIsAPageThatDoesNotExistNotAFailure() throws Exception {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		HttpResponse<String> unknown = open(browser, "/oauth2/authorization/onbekend");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).doesNotContain("Exception");
		assertThat(open(browser, "/oauth2/authorization/testgemeente").statusCode()).isEqualTo(302);
	}

	private static HttpClient newBrowser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/**
	 * Opens a page of Speelveld on 127.0.0.1, the loopback address its redirect URI is registered for at the
	 * provider. Accepting HTML, as a browser does, makes the provider answer with its login form, not a 401.
	 */
	private HttpResponse<String> open(HttpClient http, String path) throws Exception {
		URI page = URI.create("http://127.0.0.1:" + this.port + path);
		return http.send(HttpRequest.newBuilder(page).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void assertSignedInAs(HttpResponse<String> landed, String name, String email) {
		assertThat(landed.uri().getPath()).isEqualTo("/account");
		assertThat(landed.body()).contains("Welkom, " + name, email);
	}

	private List<UUID> accountsWith(String email) {
		return this.jdbc.sql("select id from acc_user where lower(email) = lower(?)").param(email).query(UUID.class).list();
	}

	/** Issuer and subject hash of each provider identity linked to the account. */
	private List<List<String>> identitiesOf(UUID account) {
		return this.jdbc.sql("select issuer, subject_hash from acc_oidc_identity where user_id = ?")
			.param(account)
			.query((rs, row) -> List.of(rs.getString("issuer"), rs.getString("subject_hash")))
			.list();
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
