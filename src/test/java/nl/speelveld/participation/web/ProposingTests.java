package nl.speelveld.participation.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Proposing over HTTP: every refusal says why and stores nothing, a place must lie in the area, photos need a
 * description and lose what the camera wrote, and what residents type is shown as text.
 */
@SpeelveldTest
class ProposingTests extends ProposalCase {

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

}
