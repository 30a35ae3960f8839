package nl.speelveld.participation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Processes over HTTP: what residents see of a process and its list, and how a coordinator prepares one,
 * runs it through its phases and accounts for it. Bad input changes nothing and says why.
 */
@SpeelveldTest
class ProcessControllerTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProcessStore store;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	private UserId coordinator;

	private UserId resident;

	@BeforeEach
	void aCoordinatorOfGroningenAndAResident() {
		this.coordinator = this.accounts.coordinator(AccountsFixture.email("regisseur"),
				this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
		this.resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	@Test
	void theProcessPageSaysWhatIsAskedHowMuchItWeighsAndWhereItStands() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.PROPOSALS)
			.titled("<b>Vismarkt</b> " + UUID.randomUUID())
			.openIn(1);

		assertThat(this.mvc.get().uri("/participatie/{id}", process.id())).hasStatusOk()
			.bodyText()
			.contains("&lt;b&gt;Vismarkt&lt;/b&gt;", "Wat vind jij?", "Trede: Adviseren",
					"Je geeft advies. De gemeente volgt het, of legt uit waarom niet.",
					"De gemeente neemt je advies mee in het besluit.", "Participatieverordening van de gemeente",
					"Gemeente, team Wijken", "nu bezig", "Voorstellen", "(nu open)")
			.doesNotContain("<b>Vismarkt");
	}

	@Test
	void aDraftIsOnlyThereForThoseWhoRunIt() {
		Process draft = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).titled("Concept " + UUID.randomUUID()).draft();

		assertThat(this.mvc.get().uri("/participatie/{id}", draft.id())).hasStatus(404);
		assertThat(this.mvc.get().uri("/participatie/{id}", draft.id()).with(as(this.resident))).hasStatus(404);
		assertThat(this.mvc.get().uri("/participatie/{id}", draft.id()).with(as(this.coordinator))).hasStatusOk()
			.bodyText()
			.contains("Dit is een concept.", "Dit traject beheren");
		assertThat(this.mvc.get().uri("/gebied/WK001400/participatie")).bodyText().doesNotContain(draft.title());
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014/processes")).bodyText().doesNotContain(draft.title());
	}

	@Test
	void theAreaListAndTheApiShowTheOpenProcessesOfTheAreaAndItsParts() {
		Process open = this.processes.process(CENTRUM, PhaseKind.SURVEY).titled("Enquête " + UUID.randomUUID()).open();
		Process closed = this.processes.closed(
				this.processes.process(CENTRUM, PhaseKind.SURVEY).titled("Voorbij " + UUID.randomUUID()).open());

		// other tests add processes in Groningen too: the newest open one is on the first page, a closed one under its filter
		assertThat(this.mvc.get().uri("/gebied/GM0014/participatie")).hasStatusOk()
			.bodyText()
			.contains(open.title(), "Meedoen in Groningen");
		assertThat(this.mvc.get().uri("/gebied/GM0014/participatie").param("status", "closed")).hasStatusOk()
			.bodyText()
			.contains(closed.title());
		assertThat(this.mvc.get().uri("/gebied/GM0014/participatie").param("status", "open")).bodyText()
			.contains(open.title())
			.doesNotContain(closed.title());
		assertThat(this.mvc.get().uri("/api/v1/areas/WK001400/processes")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[?(@.id == '" + open.id() + "')]")
			.asArray()
			.singleElement()
			.satisfies(item -> assertThat(item.toString()).contains("rung=adviseren", "legalBasis=participatieverordening",
					"phase=survey", "status=open"));
		assertThat(this.mvc.get().uri("/api/v1/areas/WK001400/processes").param("status", "closed")).bodyJson()
			.extractingPath("$.items[?(@.id == '" + closed.id() + "')].phase")
			.asArray()
			.containsExactly("closed");
	}

	@Test
	void badListParametersAreRefusedWithAProblem() {
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014/processes").param("status", "draft")).hasStatus(400)
			.bodyText()
			.contains("open of closed");
		assertThat(this.mvc.get().uri("/api/v1/areas/GM9999/processes")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/areas/GM0014/processes").param("page", "-1")).hasStatus(400);
		assertThat(this.mvc.get().uri("/gebied/GM0014/participatie").param("status", "alles")).hasStatus(400);
	}

	@Test
	void aCoordinatorPreparesAProcessAndAMistakeChangesNothing() {
		String title = "Groen in het Centrum " + UUID.randomUUID();
		assertThat(this.mvc.post().uri("/beheer/participatie/nieuw").with(as(this.coordinator)).with(csrf())
			.param("area", "WK001400").param("title", title).param("question", "Waar moet meer groen komen?")
			.param("influence", "De gemeente neemt de drie voorstellen met de meeste steun over.")
			.param("ownerName", "Gemeente Groningen, team Centrum").param("rung", "informeren")
			.param("legalBasis", "participatieverordening").param("eligibility", "area_residents")
			.param("premoderation", "newcomers").param("components", "proposals")
			.param("phaseKind", "proposals", "").param("phaseTitle", "Ideeën", "")
			.param("phaseStart", "2027-03-01", "").param("phaseEnd", "2027-02-01", ""))
			.hasStatus(400)
			.bodyText()
			.contains("De laatste dag ligt voor de eerste dag.");
		assertThat(titled(title)).isZero();

		assertThat(this.mvc.post().uri("/beheer/participatie/nieuw").with(as(this.coordinator)).with(csrf())
			.param("area", "WK001400").param("title", title).param("question", "Waar moet meer groen komen?")
			.param("influence", "De gemeente neemt de drie voorstellen met de meeste steun over.")
			.param("ownerName", "Gemeente Groningen, team Centrum").param("rung", "informeren")
			.param("legalBasis", "participatieverordening").param("eligibility", "area_residents")
			.param("premoderation", "newcomers").param("components", "proposals")
			.param("phaseKind", "proposals").param("phaseTitle", "Ideeën")
			.param("phaseStart", "2027-03-01").param("phaseEnd", "2027-03-31"))
			.as("informing asks residents nothing")
			.hasStatus(400)
			.bodyText()
			.contains("Bij informeren vraag je bewoners niets.");
		assertThat(titled(title)).isZero();

		assertThat(this.mvc.post().uri("/beheer/participatie/nieuw").with(as(this.coordinator)).with(csrf())
			.param("area", "WK034406").param("title", title).param("question", "Waar moet meer groen komen?")
			.param("influence", "De gemeente neemt de drie voorstellen met de meeste steun over.")
			.param("ownerName", "Gemeente Groningen").param("rung", "adviseren")
			.param("legalBasis", "vrijwillig").param("eligibility", "signed_in").param("premoderation", "none")
			.param("phaseKind", "survey").param("phaseTitle", "Vragen")
			.param("phaseStart", "2027-03-01").param("phaseEnd", "2027-03-31"))
			.as("an area the coordinator does not coordinate")
			.hasStatus(400)
			.bodyText()
			.contains("alleen trajecten maken in gebieden waar je coördinator bent");
		assertThat(titled(title)).isZero();

		assertThat(this.mvc.post().uri("/beheer/participatie/nieuw").with(as(this.coordinator)).with(csrf())
			.param("area", "WK001400").param("title", title).param("question", "Waar moet meer groen komen?")
			.param("influence", "De gemeente neemt de drie voorstellen met de meeste steun over.")
			.param("ownerName", "Gemeente Groningen, team Centrum").param("rung", "adviseren")
			.param("legalBasis", "participatieverordening").param("eligibility", "area_residents")
			.param("premoderation", "newcomers").param("components", "proposals", "meetings")
			.param("phaseKind", "proposals", "assessment").param("phaseTitle", "Ideeën", "Beoordeling")
			.param("phaseStart", "2027-03-01", "2027-04-01").param("phaseEnd", "2027-03-31", "2027-04-30"))
			.hasStatus(302);
		assertThat(titled(title)).isOne();
		UUID id = this.jdbc.sql("select id from participation_process where title = ?").param(title).query(UUID.class).single();
		Process saved = this.store.get(id);
		assertThat(saved.status()).isEqualTo(ProcessStatus.DRAFT);
		assertThat(saved.phases()).extracting(phase -> phase.kind()).containsExactly(PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT);
		assertThat(saved.components()).containsExactly("proposals", "meetings");
	}

	@Test
	void theCoordinatorMovesTheProcessOnOnceFromThePhaseTheySaw() {
		Process draft = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.REPORTING).draft();

		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/volgende-fase", draft.id()).with(as(this.resident))
			.with(csrf()).param("vanaf", "draft:-")).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/volgende-fase", draft.id()).with(as(this.coordinator))
			.with(csrf()).param("vanaf", "draft:-")).hasStatus(302);
		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/volgende-fase", draft.id()).with(as(this.coordinator))
			.with(csrf()).param("vanaf", "draft:-"))
			.as("the same press again, from the old page")
			.hasStatus(409)
			.bodyText()
			.contains("Iemand anders heeft het traject net een fase verder gezet.");
		assertThat(this.store.get(draft.id()).currentPhase()).isZero();

		this.mvc.post().uri("/beheer/participatie/{id}/volgende-fase", draft.id()).with(as(this.coordinator)).with(csrf())
			.param("vanaf", "open:0").exchange();
		this.mvc.post().uri("/beheer/participatie/{id}/volgende-fase", draft.id()).with(as(this.coordinator)).with(csrf())
			.param("vanaf", "open:1").exchange();
		assertThat(this.store.get(draft.id()).status()).isEqualTo(ProcessStatus.CLOSED);
		assertThat(this.mvc.get().uri("/participatie/{id}", draft.id())).bodyText()
			.contains("Dit traject is afgesloten.", "Het traject is afgesloten.", "De fase Fase 1 begon.");
	}

	@Test
	void theReportOfWhatHappenedIsShownAtTheTopOfThePublicPageAndReachesTheParticipants() {
		Process process = this.processes.process(CENTRUM, PhaseKind.REPORTING).open();
		this.jdbc.sql("""
				insert into participation_proposal (id, process_id, author_id, author_name, title, body)
				values (?, ?, ?, 'Bewoner', 'Meer bomen', 'Bomen langs de gracht.')""")
			.params(UUID.randomUUID(), process.id(), this.resident.value())
			.update();

		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/verantwoording", process.id()).with(as(this.coordinator))
			.with(csrf()).param("verantwoording", "kort")).hasStatus(400).bodyText().contains("Schrijf een verslag");
		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/verantwoording", process.id()).with(as(this.coordinator))
			.with(csrf()).param("verantwoording", "Twaalf voorstellen zijn overgenomen, drie niet: die waren te duur."))
			.hasStatus(302);

		assertThat(this.mvc.get().uri("/participatie/{id}", process.id())).bodyText()
			.contains("Wat is er met je inbreng gedaan?", "Twaalf voorstellen zijn overgenomen");
		assertThat(notices(this.resident)).as("the author of a proposal hears of the report once").isOne();

		this.mvc.post().uri("/beheer/participatie/{id}/verantwoording", process.id()).with(as(this.coordinator))
			.with(csrf()).param("verantwoording", "Twaalf voorstellen zijn overgenomen, drie niet: die waren te duur of te laat.")
			.exchange();
		assertThat(notices(this.resident)).as("a correction notifies nobody again").isOne();
		assertThat(notices(this.coordinator)).isZero();
	}

	private long notices(UserId person) {
		return this.jdbc.sql("select count(*) from acc_notice where recipient_id = ? and message_key = 'participation.notice.report'")
			.param(person.value())
			.query(Long.class)
			.single();
	}

	@Test
	void aResidentOfAResidentsOnlyProcessGivesAPostcodeInsideTheArea() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).forResidentsOnly().open();

		assertThat(this.mvc.get().uri("/participatie/{id}", process.id()).with(as(this.resident))).bodyText()
			.contains("Dit traject is alleen voor bewoners van Centrum");
		assertThat(this.mvc.post().uri("/participatie/{id}/woonplaats", process.id()).with(as(this.resident)).with(csrf())
			.param("postcode", "9737")).hasStatus(302).flash().containsEntry("refused", "participation.problem.outside-area");
		assertThat(residencies(process)).isZero();
		assertThat(this.mvc.post().uri("/participatie/{id}/woonplaats", process.id()).with(as(this.resident)).with(csrf())
			.param("postcode", "9712 GR")).hasStatus(302).flash().containsEntry("done", "participation.residency.done");
		assertThat(residencies(process)).isOne();
		assertThat(this.jdbc.sql("select postcode from participation_residency where process_id = ?").param(process.id())
			.query(String.class).single()).as("only the four digits are kept").isEqualTo("9712");
	}

	@Test
	void aDocumentIsAPdfByItsContentOrALink() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION).open();
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

		assertThat(this.mvc.post().multipart().uri("/beheer/participatie/{id}/documenten", process.id())
			.file(new MockMultipartFile("bestand", "plan.pdf", "application/pdf", "<html>geen pdf</html>".getBytes()))
			.param("titel", "Het plan").with(as(this.coordinator)).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("Kies een PDF-bestand tot 10 MB.");
		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/documenten", process.id()).param("titel", "Raadsbesluit")
			.param("adres", "javascript:alert(1)").with(as(this.coordinator)).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("begint met https://");
		assertThat(this.mvc.post().multipart().uri("/beheer/participatie/{id}/documenten", process.id())
			.file(new MockMultipartFile("bestand", "plan.pdf", "application/pdf", pdf))
			.param("titel", "Het ontwerp").with(as(this.coordinator)).with(csrf())).hasStatus(302);

		UUID document = this.jdbc.sql("select id from participation_document where process_id = ?").param(process.id())
			.query(UUID.class).single();
		assertThat(this.mvc.get().uri("/participatie/{id}", process.id())).bodyText().contains("Het ontwerp", "(PDF, 1 kB)");
		assertThat(this.mvc.get().uri("/participatie/{id}/documenten/{document}", process.id(), document)).hasStatusOk()
			.hasContentType("application/pdf")
			.hasBodyTextEqualTo(new String(pdf, StandardCharsets.US_ASCII));
		assertThat(this.mvc.post().uri("/beheer/participatie/{id}/documenten/{document}/verwijderen", process.id(), document)
			.with(as(this.resident)).with(csrf())).hasStatus(403);
	}

	private long titled(String title) {
		return this.jdbc.sql("select count(*) from participation_process where title = ?").param(title).query(Long.class).single();
	}

	private long residencies(Process process) {
		return this.jdbc.sql("select count(*) from participation_residency where process_id = ?").param(process.id())
			.query(Long.class).single();
	}

	private static RequestPostProcessor as(UserId person) {
		return user(person.toString()).roles("RESIDENT");
	}

}
