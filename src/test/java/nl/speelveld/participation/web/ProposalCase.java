package nl.speelveld.participation.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import nl.speelveld.shared.security.FormGuardFixture;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.Process;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the tests of proposal pages share: the people, the fixtures and the requests they make. */
abstract class ProposalCase {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it, 9737 (Noordoost) does not. */
	static final AreaCode CENTRUM = new AreaCode("WK001400");

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

	org.springframework.test.web.servlet.assertj.MvcTestResult propose(Process process, UserId who, String title,
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

	org.springframework.test.web.servlet.assertj.MvcTestResult answer(Process process, UUID id, UserId who,
			String outcome, String reason) {
		return this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/uitkomst", process.id(), id).with(as(who))
			.with(csrf())
			.param("outcome", outcome)
			.param("reason", reason)
			.exchange();
	}

	static org.springframework.util.MultiValueMap<String, String> fields(String title) {
		var fields = new org.springframework.util.LinkedMultiValueMap<String, String>();
		fields.add("title", title);
		fields.add("body", "Dit maakt de buurt mooier en gezelliger voor jong en oud.");
		fields.add("authorName", "Buurman Bart");
		return fields;
	}

	long count(Process process) {
		return this.jdbc.sql("select count(*) from participation_proposal where process_id = ?").param(process.id())
			.query(Long.class)
			.single();
	}

	String outcome(UUID id) {
		return this.jdbc.sql("select outcome from participation_proposal where id = ?").param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	long notices(UserId who, String keyStart) {
		return this.jdbc.sql("select count(*) from acc_notice where recipient_id = ? and message_key like ?")
			.params(who.value(), keyStart + "%")
			.query(Long.class)
			.single();
	}

	UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	UserId coordinator() {
		UUID groningen = this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0014");
		return this.accounts.coordinator(AccountsFixture.email("coordinator-groningen"), groningen, new AreaCode("GM0014"));
	}

	static RequestPostProcessor as(UserId person) {
		return user(person.toString()).roles("RESIDENT");
	}

	static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** The JPEG with a comment segment right after its start marker, as cameras and phones add metadata. */
	static byte[] withComment(byte[] jpeg, String comment) {
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
