package nl.speelveld.socialmap.hsds.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The HSDS exchange in the administration: upload with a Dutch report, download, audit, and no way around. */
@SpeelveldTest
class HsdsAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	private UserId administrator;

	@BeforeEach
	void signIn() {
		this.administrator = this.accounts.administrator(AccountsFixture.email("hsds-beheer"));
	}

	@Test
	void anUploadIsImportedAndReported() {
		String name = "Speeltuinvereniging " + UUID.randomUUID();
		String file = "{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"" + name + "\", \"description\": \"Speeltuin.\"}";

		var response = this.mvc.post().uri("/beheer/sociale-kaart/hsds").multipart()
			.file(new MockMultipartFile("bestand", "vereniging.json", "application/json", file.getBytes(StandardCharsets.UTF_8)))
			.with(user(this.administrator.toString())).with(csrf()).exchange();

		assertThat(response).hasStatusOk();
		assertThat(response).bodyText().contains("Ingelezen: 1 organisaties, 0 locaties");
		assertThat(this.jdbc.sql("select count(*) from smap_organisation where name = ?").param(name).query(Long.class).single())
			.isOne();
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'hsds-imported' and details->>'file' = 'vereniging.json'")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aBadUploadListsItsProblemsInDutchAndChangesNothing() {
		var response = this.mvc.post().uri("/beheer/sociale-kaart/hsds").multipart()
			.file(new MockMultipartFile("bestand", "kapot.json", "application/json", "[{\"id\": \"x\", \"name\": 3}]".getBytes(StandardCharsets.UTF_8)))
			.with(user(this.administrator.toString())).with(csrf()).exchange();

		assertThat(response).hasStatus(400);
		assertThat(response).bodyText().contains("Niets ingelezen: het bestand heeft 3 fouten", "$[0].name",
				"Hier hoort tekst, maar er staat een getal.");
	}

	@Test
	void anUploadWithoutAFileAsksForOne() {
		var response = this.mvc.post().uri("/beheer/sociale-kaart/hsds").multipart()
			.file(new MockMultipartFile("bestand", "leeg.json", "application/json", new byte[0]))
			.with(user(this.administrator.toString())).with(csrf()).exchange();

		assertThat(response).hasStatus(400);
		assertThat(response).bodyText().contains("Kies eerst een bestand.");
	}

	@Test
	void downloadsOneGemeente() {
		var response = this.mvc.get().uri("/beheer/sociale-kaart/hsds/export?gebied=GM0344")
			.with(user(this.administrator.toString())).exchange();

		assertThat(response).hasStatusOk();
		assertThat(response.getResponse().getHeader("Content-Disposition")).contains("speelveld-hsds-GM0344.json");
		assertThat(response).bodyJson().extractingPath("$.area").isEqualTo("GM0344");
	}

	@Test
	void aWrongAreaIsExplainedOnThePage() {
		var response = this.mvc.get().uri("/beheer/sociale-kaart/hsds/export?gebied=Utrecht")
			.with(user(this.administrator.toString())).exchange();

		assertThat(response).hasStatus(400);
		assertThat(response).bodyText().contains("Dit is geen CBS-gebiedscode");
	}

}
