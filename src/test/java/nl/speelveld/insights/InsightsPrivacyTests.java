package nl.speelveld.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.AgeBand;
import nl.speelveld.accounts.AgeBands;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.network.connections.Endpoint;
import nl.speelveld.network.connections.NetworkFixture;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.routing.questions.QuestionsFixture;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * No personal data leaves through insights or the network: a resident who proposes, supports, gives an age
 * group and asks a question with their address in it, an initiator, and a professional whose account name
 * differs from their public work profile; then every page, CSV, GeoJSON, PDF and API answer of insights for
 * their wijk and gemeente, and the network page, is searched for any of it. What is public by design (process
 * titles of the gemeente, professionals on the social map, pseudonymous group names) may show.
 */
@SpeelveldTest
class InsightsPrivacyTests {

	private static final String WIJK = "WK001411";

	private static final String GEMEENTE = "GM0014";

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	AgeBands ageBands;

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	QuestionsFixture questions;

	@Autowired
	InitiativeCast initiatives;

	@Autowired
	NetworkFixture network;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	private final List<String> secrets = new ArrayList<>();

	private String processTitle;

	private QuestionsFixture.Holder holder;

	@BeforeEach
	void peopleTakePartInTheWijk() {
		String residentName = "Roos Zonnebloem " + this.marker;
		String residentEmail = AccountsFixture.email("roos");
		UserId resident = this.accounts.person(residentEmail, residentName);
		this.ageBands.set(resident, AgeBand.AGE_25_45);
		this.processTitle = "Spelen in Noordoost " + this.marker;
		Process process = this.processes.process(new AreaCode(WIJK), PhaseKind.PROPOSALS).titled(this.processTitle).open();
		UUID proposal = this.proposals.proposal(process, resident, "Een bankje bij de speeltuin " + this.marker);
		this.jdbc.sql("update participation_proposal set author_name = ?, body = ? where id = ?")
			.params(residentName, "Ik woon er zelf naast, Zonnebloemstraat 12 " + this.marker, proposal)
			.update();
		List<UserId> supporters = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String name = "Steuner" + i + " " + this.marker;
			UserId supporter = this.accounts.person(AccountsFixture.email("steun" + i), name);
			this.ageBands.set(supporter, AgeBand.AGE_45_65);
			this.jdbc.sql("insert into participation_proposal_supporter (proposal_id, account_id) values (?, ?)")
				.params(proposal, supporter.value())
				.update();
			supporters.add(supporter);
			this.secrets.add(name);
		}
		this.jdbc.sql("insert into participation_residency (process_id, account_id, postcode) values (?, ?, '9737')")
			.params(process.id(), resident.value())
			.update();

		this.holder = this.questions.holder("opbouwwerker", WIJK, "Pieter");
		String accountName = "Accountnaam " + this.marker;
		this.jdbc.sql("update acc_user set display_name = ? where id = ?").params(accountName, this.holder.user().value()).update();
		String questionText = "Mijn buurman op 9737 XY valt steeds lastig " + this.marker;
		String askerEmail = AccountsFixture.email("vrager");
		String token = this.questions.delivered(this.holder, WIJK, questionText, askerEmail);
		String answerText = "Ik bel u morgen terug " + this.marker;
		this.questions.answer(this.questions.id(token), this.holder, answerText);

		String initiatorName = "Bewonersinitiatief familie Klaproos " + this.marker;
		UserId initiator = this.accounts.person(AccountsFixture.email("klaproos"), "Karel Klaproos " + this.marker);
		UUID initiative = this.initiatives.idea(initiator, "Moestuin " + this.marker);
		this.jdbc.sql("update initiative set area_code = ?, initiator_name = ?, status = 'supported' where id = ?")
			.params(WIJK, initiatorName, initiative)
			.update();
		Instant submitted = Instant.now().minus(10, ChronoUnit.DAYS);
		for (String[] step : new String[][] { { "submit", "idea", "submitted" }, { "decide", "plan", "supported" } }) {
			this.jdbc.sql("""
					insert into initiative_step (initiative_id, at, kind, from_status, to_status, actor_role, text)
					values (?, ?, ?, ?, ?, 'coordinator', ?)""")
				.params(initiative, Timestamp.from("submit".equals(step[0]) ? submitted : submitted.plus(3, ChronoUnit.DAYS)),
						step[0], step[1], step[2], "Besproken met Karel Klaproos " + this.marker)
				.update();
		}

		this.network.connection(this.holder.user().value(), WIJK, Endpoint.post(this.holder.post()),
				Endpoint.group("Bewonersgroep Klaprooshof " + this.marker));

		this.secrets.addAll(List.of(residentName, residentEmail, resident.toString(), "Zonnebloemstraat 12", questionText,
				askerEmail, answerText, accountName, this.holder.email(), this.holder.user().toString(), initiatorName,
				"Karel Klaproos " + this.marker, "Besproken met", "9737 XY"));
		supporters.forEach(supporter -> this.secrets.add(supporter.toString()));
	}

	@Test
	void noPersonalDataInAnyInsightsOutputOrTheNetworkPage() throws Exception {
		Map<String, String> outputs = new LinkedHashMap<>();
		for (String area : List.of(WIJK, GEMEENTE)) {
			outputs.put("page " + area, text(get("/gebied/{code}/inzichten", area)));
			outputs.put("api " + area, text(get("/api/v1/areas/{code}/insights", area)));
			outputs.put("pdf " + area, pdf(area));
			for (String table : List.of("kerncijfers", "leeftijd", "trend", "leefbaarheid", "opkomst", "vertegenwoordiging",
					"uitkomsten", "reactietijden", "speelveld", "normen")) {
				outputs.put("csv " + table + " " + area, text(get("/gebied/{code}/inzichten/{table}.csv", area, table)));
			}
		}
		for (Measure measure : Measure.values()) {
			outputs.put("geojson " + measure.key(), text(get("/api/v1/areas/{code}/insights/map", GEMEENTE).param("measure", measure.key())));
			outputs.put("map csv " + measure.key(), text(get("/gebied/{code}/inzichten/kaart.csv", GEMEENTE).param("maat", measure.key())));
			outputs.put("page " + measure.key(), text(get("/gebied/{code}/inzichten", GEMEENTE).param("maat", measure.key())));
		}
		UserId viewer = this.accounts.professional(AccountsFixture.email("kijker"),
				this.accounts.organisation("Welzijn Noord " + this.marker, OrganisationType.WELZIJNSORGANISATIE, GEMEENTE));
		String networkPage = text(get("/gebied/{code}/netwerk", WIJK).with(user(viewer.toString())));
		outputs.put("network page", networkPage.substring(networkPage.indexOf("<main"), networkPage.indexOf("</main>")));

		// not vacuous: the data is counted, and what is public by design shows
		assertThat(outputs.get("api " + WIJK)).contains(this.processTitle);
		assertThat(outputs.get("page " + WIJK)).contains(this.processTitle);
		assertThat(outputs.get("network page")).contains("Bewonersgroep Klaprooshof " + this.marker, this.holder.name());
		assertThat(outputs.get("csv opkomst " + WIJK)).contains(this.processTitle + ";Noordoost;loopt;7;");

		outputs.forEach((what, output) -> {
			for (String secret : this.secrets) {
				assertThat(output).as("%s shows %s", what, secret).doesNotContain(secret);
			}
			if (!what.equals("network page")) {
				assertThat(EMAIL.matcher(output).find()).as("an e-mail address in %s", what).isFalse();
			}
		});
	}

	private String text(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String pdf(String area) throws Exception {
		var response = this.mvc.perform(get("/gebied/{code}/inzichten/rapport.pdf", area)).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
