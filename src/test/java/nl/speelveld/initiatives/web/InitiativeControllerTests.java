package nl.speelveld.initiatives.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.initiatives.InitiativeCast.Cast;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.InitiativeStore;
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
 * The initiative's pages over HTTP: what residents type is shown escaped; bad input comes back with a message
 * at the field and changes nothing; a step that no longer fits says why; a photo is kept without what the
 * camera wrote into it.
 */
@SpeelveldTest
class InitiativeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	InitiativeCast people;

	@Autowired
	InitiativeStore store;

	@Autowired
	JdbcClient jdbc;

	private Cast cast;

	@BeforeEach
	void theOosterparkwijk() {
		this.cast = this.people.cast();
		this.people.rules(1, 8);
	}

	@Test
	void whatResidentsTypeIsShownAsTextNeverAsMarkup() {
		UUID id = this.people.idea(this.cast.initiator(), "<script>alert('moestuin')</script>");
		assertThat(this.mvc.get().uri("/initiatieven/{id}", id)).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(", "Bewoners van de Zwaluwstraat", "€ 1.400");
	}

	@Test
	void aNewIdeaWithMistakesComesBackWithAMessageAtEachFieldAndStoresNothing() {
		long before = count();
		var result = this.mvc.post()
			.uri("/initiatieven/nieuw")
			.with(as(this.cast.initiator()))
			.with(csrf())
			.param("title", "")
			.param("summary", "kort")
			.param("initiatorName", "Wij")
			.param("postcode", "0000")
			.param("startsOn", "volgende week")
			.param("lineDescription", "Hout")
			.param("lineAmount", "twaalf")
			.param("support", "geld-uit-het-niets");
		assertThat(result).hasStatus(400)
			.bodyText()
			.contains("Geef je initiatief een naam.", "Vertel iets meer", "Deze postcode kennen we niet",
					"Vul een datum in", "in hele euro", "Kies alleen uit de soorten steun", "aria-invalid=\"true\"",
					"value=\"Wij\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aStepThatNoLongerFitsSaysWhyAndChangesNothing() {
		UUID id = this.people.idea(this.cast.initiator(), "Bankjes " + UUID.randomUUID());
		this.people.put(id, InitiativeStatus.DONE, this.cast.professional(), this.cast.post());
		assertThat(this.mvc.post().uri("/initiatieven/{id}/stoppen", id).with(as(this.cast.initiator())).with(csrf())
			.param("reason", "We willen stoppen."))
			.hasStatus(409)
			.bodyText()
			.contains("Dit initiatief is al afgesloten. Het is nu: Afgerond.");
		assertThat(this.store.get(id).status()).isEqualTo(InitiativeStatus.DONE);
	}

	@Test
	void someoneElseCannotTakeTheInitiatorsSteps() {
		UUID id = this.people.idea(this.cast.initiator(), "Bloembakken " + UUID.randomUUID());
		assertThat(this.mvc.post().uri("/initiatieven/{id}/indienen", id).with(as(this.cast.outsider())).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/initiatieven/{id}/bewerken", id).with(as(this.cast.outsider()))).hasStatus(403);
		assertThat(this.store.get(id).status()).isEqualTo(InitiativeStatus.IDEA);
	}

	@Test
	void aSupportCountsOnceHoweverOftenTheButtonIsPressed() {
		UUID id = this.people.idea(this.cast.initiator(), "Buurtfeest " + UUID.randomUUID());
		for (int i = 0; i < 3; i++) {
			assertThat(this.mvc.post().uri("/initiatieven/{id}/steunen", id).with(as(this.cast.neighbour())).with(csrf())
				.param("showName", "true")).hasStatus3xxRedirection();
		}
		assertThat(this.store.get(id).supporters()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/initiatieven/{id}", id).with(as(this.cast.outsider()))).bodyText()
			.contains("Steunbetuigingen: 1.", "Bea Buur");
		assertThat(this.mvc.post().uri("/initiatieven/{id}/steunen", id).with(as(this.cast.initiator())).with(csrf()))
			.hasStatus(409)
			.bodyText()
			.contains("Je kunt je eigen initiatief niet steunen");
	}

	@Test
	void aPhotoIsKeptWithoutItsCameraDataAndSmallerThanTaken() throws IOException {
		UUID id = this.people.idea(this.cast.initiator(), "Moestuin " + UUID.randomUUID());
		this.people.put(id, InitiativeStatus.RUNNING, this.cast.professional(), this.cast.post());
		byte[] jpeg = jpeg(2400, 1800);
		byte[] withGps = withComment(jpeg, "GPS 52.0907 5.1214 Zwaluwstraat 12");
		var photo = new MockMultipartFile("photo", "IMG_0001.jpg", "image/jpeg", withGps);
		assertThat(this.mvc.post().uri("/initiatieven/{id}/nieuws", id).multipart().file(photo)
			.param("text", "De eerste oogst!")
			.param("alt", "Een mand met sla")
			.with(as(this.cast.initiator()))
			.with(csrf())).hasStatus3xxRedirection();
		UUID update = this.jdbc.sql("select id from initiative_update where initiative_id = ?").param(id).query(UUID.class).single();

		var served = this.mvc.get().uri("/initiatieven/{id}/nieuws/{update}/foto", id, update).exchange();
		byte[] kept = served.getResponse().getContentAsByteArray();
		assertThat(served.getResponse().getContentType()).isEqualTo("image/jpeg");
		assertThat(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Zwaluwstraat");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(kept));
		assertThat(image.getWidth()).isEqualTo(1600);
		assertThat(image.getHeight()).isEqualTo(1200);
	}

	@Test
	void somethingThatIsNoPhotoIsRefusedWithAMessage() {
		UUID id = this.people.idea(this.cast.initiator(), "Repaircafé " + UUID.randomUUID());
		this.people.put(id, InitiativeStatus.RUNNING, this.cast.professional(), this.cast.post());
		var notAPhoto = new MockMultipartFile("photo", "foto.jpg", "image/jpeg", "<?php system($_GET['x']); ?>".getBytes());
		assertThat(this.mvc.post().uri("/initiatieven/{id}/nieuws", id).multipart().file(notAPhoto)
			.param("text", "Nieuws met een foto.")
			.param("alt", "Iets")
			.with(as(this.cast.initiator()))
			.with(csrf())).hasStatus(400).bodyText().contains("Deze foto kunnen we niet lezen.");
		assertThat(this.jdbc.sql("select count(*) from initiative_update where initiative_id = ?").param(id)
			.query(Long.class).single()).isZero();
	}

	@Test
	void coordinatorsSetTheRulesOfTheirOwnGemeenteOnly() {
		assertThat(this.mvc.post().uri("/beheer/initiatiefregels/{gemeente}", "GM0014").with(as(this.cast.coordinator()))
			.with(csrf())
			.param("minSupporters", "veel")
			.param("leadWeeks", "99")
			.param("answerDays", "14")
			.param("maxAmount", "5000")).hasStatus(400)
			.bodyText()
			.contains("Vul een aantal in van 0 tot 500.", "Vul een aantal weken in van 0 tot 52.");
		assertThat(this.mvc.post().uri("/beheer/initiatiefregels/{gemeente}", "GM0344").with(as(this.cast.coordinator()))
			.with(csrf())
			.param("minSupporters", "1")
			.param("leadWeeks", "1")
			.param("answerDays", "14")
			.param("maxAmount", "5000")).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/initiatiefregels/{gemeente}", "GM0014").with(as(this.cast.coordinator()))
			.with(csrf())
			.param("minSupporters", "4")
			.param("leadWeeks", "6")
			.param("answerDays", "10")
			.param("maxAmount", "2500")
			.param("criteria", "Open voor iedereen.\nGeen winstoogmerk.")).hasStatus3xxRedirection();
		UUID id = this.people.idea(this.cast.initiator(), "Regels " + UUID.randomUUID());
		assertThat(this.mvc.get().uri("/initiatieven/{id}/indienen", id).with(as(this.cast.initiator()))).bodyText()
			.contains("Minstens 4 buurtbewoners", "minstens 6 weken", "hoogstens € 2.500", "binnen 10 dagen",
					"Geen winstoogmerk.");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from initiative").query(Long.class).single();
	}

	private static RequestPostProcessor as(nl.speelveld.accounts.UserId person) {
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
		byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
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
