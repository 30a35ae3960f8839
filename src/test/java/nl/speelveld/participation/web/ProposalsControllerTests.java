package nl.speelveld.participation.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.shared.security.FormGuardFixture;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
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
 * The proposal pages over HTTP: every refusal says why and stores nothing, a place must lie in the area,
 * photos need a description and lose what the camera wrote, only the owner answers and always with
 * reasons, what residents type is shown as text, and held proposals stay out of sight of the public.
 */
@SpeelveldTest
class ProposalsControllerTests {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it, 9737 (Noordoost) does not. */
	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FormGuardFixture guard;

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProposalOutsideTheProposalsPhaseIsRefusedWithTheReason() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.PROPOSALS).open();
		assertThat(propose(process, resident(), "Een bankje bij de vijver")).hasStatus(409)
			.bodyText()
			.contains("In deze fase van het traject kan dit niet");
		assertThat(count(process)).isZero();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/nieuw", process.id()).with(as(resident())))
			.hasStatusOk()
			.bodyText()
			.contains("In deze fase van het traject kan dit niet")
			.doesNotContain("Voorstel versturen");
	}

	@Test
	void aProcessForResidentsRefusesSomeoneWithoutAPostcodeInTheArea() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).forResidentsOnly().open();
		assertThat(propose(process, resident(), "Meer groen op de Grote Markt")).hasStatus(409)
			.bodyText()
			.contains("Dit traject is alleen voor bewoners van het gebied");
		assertThat(count(process)).isZero();
	}

	@Test
	void aClosedProcessTakesNoProposals() {
		Process process = this.processes.closed(this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open());
		assertThat(propose(process, resident(), "Een speeltuin in het park")).hasStatus(409)
			.bodyText()
			.contains("Dit traject is afgesloten");
		assertThat(count(process)).isZero();
	}

	@Test
	void proposingNeedsSigningIn() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).with(csrf()).with(this.guard.passes())
			.param("title", "Een bankje")).hasStatus3xxRedirection().redirectedUrl().endsWith("/inloggen");
		assertThat(count(process)).isZero();
	}

	@Test
	void aPlaceOutsideTheAreaComesBackAtThePostcodeFieldAndStoresNothing() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId resident = resident();
		assertThat(propose(process, resident, "Bloembakken", "postcode", "9737")).hasStatus(400)
			.bodyText()
			.contains("Deze postcode ligt niet in het gebied van dit traject", "id=\"postcode-error\"");
		// A point in Amsterdam, as a map could send it
		assertThat(propose(process, resident, "Bloembakken", "lat", "52.3731", "lon", "4.8922")).hasStatus(400)
			.bodyText()
			.contains("Het punt op de kaart ligt niet in het gebied van dit traject");
		assertThat(propose(process, resident, "Bloembakken", "lat", "Infinity", "lon", "x")).hasStatus(400)
			.bodyText()
			.contains("Het punt op de kaart klopt niet");
		assertThat(propose(process, resident, "Bloembakken", "postcode", "hallo")).hasStatus(400)
			.bodyText()
			.contains("Vul een postcode in zoals 9712");
		assertThat(count(process)).isZero();
	}

	@Test
	void aPostcodeInsideTheAreaPlacesTheProposalAtItsCentre() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		assertThat(propose(process, resident(), "Fietsenrekken bij het station", "postcode", "9712 AB"))
			.hasStatus3xxRedirection();
		var row = this.jdbc.sql("select area_code, lat, lon, author_name from participation_proposal where process_id = ?")
			.param(process.id())
			.query()
			.singleRow();
		assertThat(row.get("area_code")).asString().startsWith("WK001400");
		assertThat((Double) row.get("lat")).isBetween(53.1, 53.3);
		assertThat(row.get("author_name")).isEqualTo("Buurman Bart");
	}

	@Test
	void missingFieldsComeBackWithAMessageAtEachField() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart()
			.param("title", "")
			.param("body", "kort")
			.param("authorName", "")
			.with(as(resident()))
			.with(csrf()).with(this.guard.passes())).hasStatus(400)
			.bodyText()
			.contains("Geef je voorstel een titel.", "Vertel iets meer over je voorstel", "Vul de naam in");
		assertThat(count(process)).isZero();
	}

	@Test
	void somethingThatIsNoPhotoAndAPhotoWithoutDescriptionAreRefused() throws IOException {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId resident = resident();
		var notAPhoto = new MockMultipartFile("image1", "foto.jpg", "image/jpeg", "<?php system($_GET['x']); ?>".getBytes());
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart().file(notAPhoto)
			.params(fields("Een moestuin op het plein"))
			.param("alt1", "Een plein")
			.with(as(resident))
			.with(csrf()).with(this.guard.passes())).hasStatus(400).bodyText().contains("Dit bestand kunnen we niet als foto lezen.");
		var photo = new MockMultipartFile("image2", "plein.jpg", "image/jpeg", jpeg(200, 100));
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart().file(photo)
			.params(fields("Een moestuin op het plein"))
			.param("alt2", " ")
			.with(as(resident))
			.with(csrf()).with(this.guard.passes())).hasStatus(400)
			.bodyText()
			.contains("Beschrijf wat er op de foto te zien is", "id=\"alt2-error\"");
		assertThat(count(process)).isZero();
	}

	@Test
	void aPhotoIsKeptWithoutItsCameraDataAndSmallerThanTaken() throws IOException {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		var photo = new MockMultipartFile("image1", "IMG_0001.jpg", "image/jpeg",
				withComment(jpeg(2400, 1800), "GPS 53.2190 6.5680 Zwanestraat 12"));
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart().file(photo)
			.params(fields("Een boom op het plein"))
			.param("alt1", "Een kaal plein zonder bomen")
			.with(as(resident()))
			.with(csrf()).with(this.guard.passes())).hasStatus3xxRedirection();
		UUID id = this.jdbc.sql("select id from participation_proposal where process_id = ?").param(process.id())
			.query(UUID.class)
			.single();

		var served = this.mvc.get().uri("/participatie/{id}/voorstellen/{p}/foto/1", process.id(), id).exchange();
		byte[] kept = served.getResponse().getContentAsByteArray();
		assertThat(served.getResponse().getContentType()).isEqualTo("image/jpeg");
		assertThat(new String(kept, StandardCharsets.ISO_8859_1)).doesNotContain("Zwanestraat");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(1200);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.contains("alt=\"Een kaal plein zonder bomen\"");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}/foto/2", process.id(), id)).hasStatus(404);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}/foto/9", process.id(), id)).hasStatus(404);
	}

	@Test
	void whatResidentsTypeIsShownAsTextNeverAsMarkup() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId resident = resident();
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart()
			.param("title", "<script>alert('bank')</script>")
			.param("body", "<img src=x onerror=alert(1)> Een bankje bij de vijver voor iedereen.")
			.param("authorName", "<b>Bart</b>")
			.with(as(resident))
			.with(csrf()).with(this.guard.passes())).hasStatus3xxRedirection();
		UUID id = this.jdbc.sql("select id from participation_proposal where process_id = ?").param(process.id())
			.query(UUID.class)
			.single();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert", "<img src=x", "<b>Bart")
			.contains("&lt;script&gt;alert(", "&lt;img src=x", "&lt;b&gt;Bart");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen", process.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert", "<img src=x")
			.contains("&lt;script&gt;alert(");
	}

	@Test
	void heldProposalsStayOutOfSightOfThePublicButNotOfTheirAuthor() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).premoderation(Premoderation.ALL).open();
		UserId author = resident();
		assertThat(propose(process, author, "Een jeu-de-boulesbaan")).hasStatus3xxRedirection();
		UUID id = this.jdbc.sql("select id from participation_proposal where process_id = ?").param(process.id())
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("select moderation from participation_proposal where id = ?").param(id).query(String.class)
			.single()).isEqualTo("held");

		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen", process.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("Een jeu-de-boulesbaan");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatus(404);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(resident())))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals", process.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("jeu-de-boules");

		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen", process.id()).with(as(author))).hasStatusOk()
			.bodyText()
			.contains("Een jeu-de-boulesbaan", "Wacht op een moderator");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(author)))
			.hasStatusOk()
			.bodyText()
			.contains("Wacht op een moderator");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(coordinator())))
			.as("who moderates the area sees what waits, to decide on it")
			.hasStatusOk()
			.bodyText()
			.contains("Een jeu-de-boulesbaan");
	}

	@Test
	void theOwnerAnswersWithReasonsAndTheAuthorAndSupportersHearOfIt() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId author = resident();
		UserId supporter = resident();
		UUID id = this.proposals.proposal(process, author, "Een zebrapad bij school");
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(supporter))
			.with(csrf())).hasStatus3xxRedirection();
		UserId coordinator = coordinator();

		assertThat(answer(process, id, coordinator, "adopted", "")).hasStatus(400)
			.bodyText()
			.contains("Schrijf op waarom.");
		assertThat(answer(process, id, coordinator, "council", "Past in het verkeersplan.")).hasStatus(400)
			.bodyText()
			.contains("Noem het raadsbesluit");
		assertThat(answer(process, id, coordinator, "maybe", "Past in het verkeersplan.")).hasStatus(400)
			.bodyText()
			.contains("Kies wat er met het voorstel gebeurt.");
		assertThat(outcome(id)).isNull();

		assertThat(answer(process, id, coordinator, "adopted", "Past in het verkeersplan voor de wijk."))
			.hasStatus3xxRedirection();
		assertThat(outcome(id)).isEqualTo("adopted");
		assertThat(notices(author, "proposal.notice.author.adopted")).isEqualTo(1);
		assertThat(notices(supporter, "proposal.notice.supporter.adopted")).isEqualTo(1);
		assertThat(notices(coordinator, "proposal.notice.")).isZero();
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'participation-proposal-answered' and subject_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.contains("Overgenomen", "Past in het verkeersplan voor de wijk.");

		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/uitkomst", process.id(), id).with(as(coordinator))
			.with(csrf())
			.param("outcome", "council")
			.param("reason", "De raad besloot erover.")
			.param("councilDecision", "Raadsbesluit 2025-117 Verkeersveilige schoolroutes")).hasStatus3xxRedirection();
		assertThat(outcome(id)).isEqualTo("council");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.contains("Raadsbesluit: Raadsbesluit 2025-117");
	}

	@Test
	void onlyThoseWhoRunTheProcessAnswer() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID id = this.proposals.proposal(process, resident(), "Een hondenuitlaatveld");
		assertThat(answer(process, id, resident(), "adopted", "Zo gaan we het doen.")).hasStatus(403);
		UUID amsterdam = this.accounts.organisation("Gemeente Amsterdam " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0363");
		UserId elsewhere = this.accounts.coordinator(AccountsFixture.email("coordinator-amsterdam"), amsterdam,
				new AreaCode("GM0363"));
		assertThat(answer(process, id, elsewhere, "adopted", "Zo gaan we het doen.")).hasStatus(403);
		assertThat(outcome(id)).isNull();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(resident())))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Antwoord opslaan");
	}

	@Test
	void supportingYourOwnProposalIsRefusedAndSupportingTwiceCountsOnce() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId author = resident();
		UUID id = this.proposals.proposal(process, author, "Een buurtbibliotheek");
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(author))
			.with(csrf())).hasStatus(409).bodyText().contains("Je kunt je eigen voorstel niet steunen.");
		UserId neighbour = resident();
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(neighbour))
				.with(csrf())).hasStatus3xxRedirection();
		}
		assertThat(this.proposals.supporters(id)).isEqualTo(1);
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steun-intrekken", process.id(), id)
			.with(as(neighbour))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.proposals.supporters(id)).isZero();
	}

	@Test
	void theListFiltersSortsAndPagesAndTheApiAnswersTheSame() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID bench = this.proposals.proposal(process, resident(), "Bankjes langs de gracht");
		this.proposals.proposal(process, resident(), "Speeltoestel voor peuters");
		this.jdbc.sql("update participation_proposal set supporters = 7, outcome = 'adopted', outcome_reason = 'Goed plan' where id = ?")
			.param(bench)
			.update();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen?uitkomst=adopted", process.id())).hasStatusOk()
			.bodyText()
			.contains("Bankjes langs de gracht", "1 voorstel")
			.doesNotContain("Speeltoestel voor peuters");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen?q=speeltoestel&pagina=abc&uitkomst=raar", process.id()))
			.hasStatusOk()
			.bodyText()
			.contains("Speeltoestel voor peuters")
			.doesNotContain("Bankjes langs de gracht");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?sort=supported", process.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].title")
			.isEqualTo("Bankjes langs de gracht");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?q=gracht", process.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].outcome")
			.isEqualTo("adopted");
		var bad = this.mvc.get().uri("/api/v1/processes/{id}/proposals?page=abc", process.id()).exchange();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?outcome=maybe", process.id())).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals", UUID.randomUUID())).hasStatus(404);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult propose(Process process, UserId who, String title,
			String... more) {
		var request = this.mvc.post().uri("/participatie/{id}/voorstellen/nieuw", process.id()).multipart()
			.params(fields(title))
			.with(as(who))
			.with(csrf()).with(this.guard.passes());
		for (int i = 0; i + 1 < more.length; i += 2) {
			request = request.param(more[i], more[i + 1]);
		}
		return request.exchange();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult answer(Process process, UUID id, UserId who,
			String outcome, String reason) {
		return this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/uitkomst", process.id(), id).with(as(who))
			.with(csrf())
			.param("outcome", outcome)
			.param("reason", reason)
			.exchange();
	}

	private static org.springframework.util.MultiValueMap<String, String> fields(String title) {
		var fields = new org.springframework.util.LinkedMultiValueMap<String, String>();
		fields.add("title", title);
		fields.add("body", "Dit maakt de buurt mooier en gezelliger voor jong en oud.");
		fields.add("authorName", "Buurman Bart");
		return fields;
	}

	private long count(Process process) {
		return this.jdbc.sql("select count(*) from participation_proposal where process_id = ?").param(process.id())
			.query(Long.class)
			.single();
	}

	private String outcome(UUID id) {
		return this.jdbc.sql("select outcome from participation_proposal where id = ?").param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long notices(UserId who, String keyStart) {
		return this.jdbc.sql("select count(*) from acc_notice where recipient_id = ? and message_key like ?")
			.params(who.value(), keyStart + "%")
			.query(Long.class)
			.single();
	}

	private UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	private UserId coordinator() {
		UUID groningen = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0014");
		return this.accounts.coordinator(AccountsFixture.email("coordinator-groningen"), groningen, new AreaCode("GM0014"));
	}

	private static RequestPostProcessor as(UserId person) {
		return user(person.toString()).roles("RESIDENT");
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** The JPEG with a comment segment right after its start marker, as cameras and phones add metadata. */
	private static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		int length = text.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(text, 0, text.length);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
