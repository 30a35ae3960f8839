package nl.speelveld.network.connections;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Professionals log connections in seconds, only their own can be deleted, refusals say why next to the field,
 * and the network of an area is for professionals and shows no personal data.
 */
@SpeelveldTest
class ConnectionLoggingTests {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	NetworkFixture network;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NetworkPersonalData personalData;

	/** Letters only: digits could read as a phone number in a pseudonym. */
	private final String marker = UUID.randomUUID()
		.toString()
		.substring(0, 8)
		.chars()
		.mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
		.collect(java.util.stream.Collectors.joining());

	private String loggerEmail;

	private UserId logger;

	private UUID organisation;

	private UUID ownPost;

	@BeforeEach
	void professionalWithAPost() {
		UUID employer = this.accounts.organisation("Buurtwerk " + this.marker, OrganisationType.WELZIJNSORGANISATIE,
				"GM0344");
		this.loggerEmail = AccountsFixture.email("verbinder");
		this.logger = this.accounts.professional(this.loggerEmail, employer);
		// the account's name differs from the name on the work profile: only the latter may be shown
		this.jdbc.sql("update acc_user set display_name = ? where id = ?")
			.params("Accountnaam " + this.marker, this.logger.value())
			.update();
		this.organisation = this.socialMap.organisation("Buurtteam " + this.marker, "welzijnsorganisatie", "GM0344");
		UUID profile = this.socialMap.professional("Olga Opbouw " + this.marker, this.logger.value());
		this.ownPost = this.socialMap.aPost("opbouwwerker", this.organisation)
			.heldBy(profile)
			.ownedBy(this.logger.value())
			.covering("WK034406")
			.save();
	}

	@Test
	void aProfessionalLogsAConnectionSeesItAndTheAreaShowsIt() throws Exception {
		String group = "Bewonersgroep Zwaluwstraat " + this.marker;
		MockHttpServletResponse form = this.mvc.perform(get("/netwerk/verbinding").param("gebied", "WK034406")
			.with(user(this.logger.toString()))).getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains(this.ownPost.toString(),
				this.organisation.toString(), "Buurtteam " + this.marker);

		var logged = this.mvc.perform(valid("naarGroep", group, "doel", "samenwerking")).getResponse();
		assertThat(logged.getStatus()).isEqualTo(302);
		assertThat(this.network.loggedBy(this.logger.value())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from acc_audit where actor_id = ? and action = 'network-connection-logged'")
			.param(this.logger.value())
			.query(Integer.class)
			.single()).isEqualTo(1);

		String mine = page(get("/netwerk").with(user(this.logger.toString())));
		assertThat(mine).contains(group, "Olga Opbouw " + this.marker, "Samenwerking");

		String area = page(get("/gebied/{code}/netwerk", "GM0344").with(user(this.logger.toString())));
		assertThat(area).contains(group, "Olga Opbouw " + this.marker, "data-graph=", "/js/network.js");
	}

	@Test
	void anOrganisationOfTheAreaCanBeChosenByItsName() throws Exception {
		var logged = this.mvc.perform(valid("naarSoort", "organisatie", "naarOrganisatie", "buurtteam " + this.marker))
			.getResponse();
		assertThat(logged.getStatus()).isEqualTo(302);
		assertThat(page(get("/netwerk").with(user(this.logger.toString())))).contains("Buurtteam " + this.marker);
	}

	@Test
	void anEmptyFormIsRefusedWithMessagesNextToTheFields() throws Exception {
		var response = this.mvc.perform(post("/netwerk/verbinding").with(user(this.logger.toString())).with(csrf()))
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"gebied-error\"",
				"id=\"vanSoort-error\"", "id=\"naarSoort-error\"", "Vul een gebied in.");
		assertNothingLogged();
	}

	@Test
	void unknownOrganisationsPostsAndAreasAreRefused() throws Exception {
		var response = this.mvc.perform(valid("gebied", "WK999999", "vanSoort", "organisatie",
				"vanOrganisatie", UUID.randomUUID().toString(), "naarSoort", "post", "naarPost", UUID.randomUUID().toString())).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"gebied-error\"",
				"id=\"vanOrganisatie-error\"", "id=\"naarPost-error\"", "Deze post staat niet op de sociale kaart.");
		assertNothingLogged();
	}

	@Test
	void aPseudonymWithAnEmailAddressOrPhoneNumberOrPostcodeIsRefused() throws Exception {
		assertRefusedGroup("Groep van jan.jansen@example.org", "Er staat een e-mailadres in.");
		assertRefusedGroup("Bewoners 06-12345678", "Er staat een telefoonnummer in.");
		assertRefusedGroup("Bewoners +31 30 123 4567", "Er staat een telefoonnummer in.");
		assertRefusedGroup("Bewoners 3511 AB", "Er staat een postcode in.");
		assertNothingLogged();
	}

	@Test
	void aPseudonymThatIsSomeonesNameIsRefused() throws Exception {
		this.accounts.person(AccountsFixture.email("karin"), "Karin Zwaluw " + this.marker);
		assertRefusedGroup("  karin   ZWALUW " + this.marker, "Dit is de naam van een persoon.");
		assertNothingLogged();
	}

	@Test
	void aDateInTheFutureIsRefused() throws Exception {
		var response = this.mvc.perform(valid("datum", LocalDate.now().plusDays(1).toString())).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"datum-error\"",
				"De datum ligt in de toekomst.");
		assertNothingLogged();
	}

	@Test
	void onlyTheLoggerDeletesTheirConnection() throws Exception {
		UUID connection = this.network.connection(this.logger.value(), "WK034406", Endpoint.post(this.ownPost),
				Endpoint.group("Bewonersgroep Merelstraat"));
		UUID employer = this.accounts.organisation("Ander werk " + this.marker, OrganisationType.WELZIJNSORGANISATIE,
				"GM0344");
		UserId colleague = this.accounts.professional(AccountsFixture.email("collega"), employer);
		var refused = this.mvc.perform(post("/netwerk/verbinding/{id}/verwijderen", connection)
			.with(user(colleague.toString()))
			.with(csrf())).getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.network.exists(connection)).isTrue();

		var deleted = this.mvc.perform(post("/netwerk/verbinding/{id}/verwijderen", connection)
			.with(user(this.logger.toString()))
			.with(csrf())).getResponse();
		assertThat(deleted.getStatus()).isEqualTo(302);
		assertThat(this.network.exists(connection)).isFalse();
	}

	@Test
	void theAreaPageIsForProfessionalsOnly() throws Exception {
		var anonymous = this.mvc.perform(get("/gebied/{code}/netwerk", "WK034406")).getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/inloggen");
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner " + this.marker);
		assertThat(this.mvc.perform(get("/gebied/{code}/netwerk", "WK034406").with(user(resident.toString())))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/gebied/{code}/netwerk", "WK034406").with(user(this.logger.toString())))
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theNetworkPageHoldsNoPersonalData() throws Exception {
		this.network.connection(this.logger.value(), "WK034406", Endpoint.post(this.ownPost),
				Endpoint.group("Bewonersgroep Lijsterstraat " + this.marker));
		this.network.connection(this.logger.value(), "WK034406", Endpoint.organisation(this.organisation),
				Endpoint.group("Bewonersgroep Lijsterstraat " + this.marker));
		String page = page(get("/gebied/{code}/netwerk", "WK034406").with(user(this.logger.toString())));
		String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
		assertThat(main).contains("Bewonersgroep Lijsterstraat " + this.marker, "Olga Opbouw " + this.marker,
				"Buurtteam " + this.marker);
		Matcher addresses = EMAIL.matcher(main);
		assertThat(addresses.find()).as("an e-mail address on the network page").isFalse();
		assertThat(main).doesNotContain(this.loggerEmail, "Accountnaam " + this.marker, this.logger.toString());
	}

	@Test
	void theDownloadHoldsTheConnectionsLoggedAndErasureForgetsWhoLoggedThem() {
		UUID connection = this.network.connection(this.logger.value(), "WK034406", Endpoint.post(this.ownPost),
				Endpoint.group("Bewonersgroep Spreeuwstraat"));
		assertThat(this.personalData.export(this.logger)).hasSize(1)
			.first()
			.satisfies(row -> assertThat(row).containsEntry("table", "net_connection").containsEntry("id", connection));
		this.personalData.erase(this.logger);
		assertThat(this.personalData.export(this.logger)).isEmpty();
		assertThat(this.network.exists(connection)).isTrue();
	}

	/**
	 * A form that would be logged, from the own post to a group in the Binnenstad, with some fields set
	 * otherwise: name, value, name, value...
	 */
	private MockHttpServletRequestBuilder valid(String... otherwise) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("gebied", "WK034406");
		fields.put("vanSoort", "post");
		fields.put("vanPost", this.ownPost.toString());
		fields.put("naarSoort", "groep");
		fields.put("naarGroep", "Bewonersgroep Zwaluwstraat");
		for (int i = 0; i < otherwise.length; i += 2) {
			fields.put(otherwise[i], otherwise[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/netwerk/verbinding").with(user(this.logger.toString()))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private void assertRefusedGroup(String pseudonym, String message) throws Exception {
		var response = this.mvc.perform(valid("naarGroep", pseudonym)).getResponse();
		assertThat(response.getStatus()).as(pseudonym).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(pseudonym)
			.contains("id=\"naarGroep-error\"", message);
	}

	private void assertNothingLogged() {
		assertThat(this.network.loggedBy(this.logger.value())).isZero();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
