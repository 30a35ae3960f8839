package nl.speelveld.socialmap.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The CSV import of posts: all lines or none, every problem with its line number, the same file twice adds
 * nothing, and only posts in the importer's own area.
 */
@SpeelveldTest
class PostImportControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	JdbcClient jdbc;

	private String unique;

	private String police;

	private String welfare;

	private UserId utrecht;

	private String ownerEmail;

	private UserId owner;

	@BeforeEach
	void aCoordinatorOfUtrechtAndAnOrganisationOnTheMap() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		this.police = "Politie Utrecht " + this.unique;
		this.welfare = "Welzijn Nieuw " + this.unique;
		this.socialMap.organisation(this.police, "politie", "GM0344");
		var employer = this.accounts.organisation("Gemeente Utrecht " + this.unique, OrganisationType.GEMEENTE, "GM0344");
		this.utrecht = this.accounts.coordinator(AccountsFixture.email("coordinator"), employer, new AreaCode("GM0344"));
		this.ownerEmail = AccountsFixture.email("wijkagent");
		this.owner = this.accounts.professional(this.ownerEmail, employer);
	}

	@Test
	void aGoodFileImportsEveryLine() {
		var imported = upload(this.utrecht, goodFile());

		assertThat(imported).hasRedirectedUrl("/beheer/sociale-kaart/import");
		assertThat(imported).flash().containsKey("result");
		assertThat(posts(this.police)).isEqualTo(2);
		assertThat(posts(this.welfare)).isEqualTo(1);
		var wijkagent = this.jdbc.sql("""
				select p.owner_id, pr.display_name, p.focus::text, p.languages::text, p.starts_on::text, p.ends_on::text,
				       p.contact_url, p.availability
				from smap_post p left join smap_professional pr on pr.id = p.professional_id
				where p.title = ?""").param("Wijkagent Binnenstad " + this.unique).query().singleRow();
		assertThat(wijkagent).containsEntry("owner_id", this.owner.value())
			.containsEntry("display_name", "Wanda " + this.unique)
			.containsEntry("focus", "{veiligheid,overlast}")
			.containsEntry("languages", "{nl,en}")
			.containsEntry("starts_on", "2025-01-01")
			.containsEntry("contact_url", "https://www.politie.nl")
			.containsEntry("availability", "ma t/m vr; ook 's avonds");
		var makelaar = this.jdbc.sql("select owner_id, professional_id, ends_on::text from smap_post where title = ?")
			.param("Sociaal makelaar Zuid " + this.unique).query().singleRow();
		assertThat(makelaar).containsEntry("owner_id", this.utrecht.value()).containsEntry("professional_id", null)
			.containsEntry("ends_on", "2026-12-31");
		assertThat(this.jdbc.sql("select type from smap_organisation where name = ?").param(this.welfare)
			.query(String.class).single()).isEqualTo("welzijnsorganisatie");
		assertThat(this.mvc.get().uri("/gebied/WK034406/wie-werkt-hier")).bodyText()
			.contains("Wanda " + this.unique, "Wijkagent Binnenstad " + this.unique);
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'posts-imported' and actor_id = ?")
			.param(this.utrecht.value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void importingTheSameFileAgainUpdatesInsteadOfAddingDuplicates() throws Exception {
		upload(this.utrecht, goodFile());
		var again = upload(this.utrecht, goodFile());

		assertThat(again).hasRedirectedUrl("/beheer/sociale-kaart/import");
		assertThat(posts(this.police)).isEqualTo(2);
		assertThat(posts(this.welfare)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from smap_organisation where name = ?").param(this.welfare)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from smap_professional where display_name = ?")
			.param("Bas " + this.unique).query(Long.class).single()).isEqualTo(1);
		assertThat(again.getResponse().getContentAsString()).isEmpty();
		var result = (nl.speelveld.socialmap.editing.ImportResult) again.getMvcResult().getFlashMap().get("result");
		assertThat(result.created()).isZero();
		assertThat(result.updated()).isEqualTo(3);
	}

	@Test
	void badLinesAreListedWithTheirNumbersAndNothingIsImported() {
		String file = String.join("\n", "rol;titel;organisatie;organisatietype;gebieden;website;begin",
				"wijkagent;Wijkagent Oost " + this.unique + ";" + this.police + ";;WK034405;;",
				"astronaut;Ruimtevaarder " + this.unique + ";" + this.police + ";;WK034405;;",
				"opbouwwerker;Opbouwwerker " + this.unique + ";" + this.welfare + ";welzijnsorganisatie;WK999999;;",
				"opbouwwerker;Opbouwwerker Zuid " + this.unique + ";" + this.welfare + ";;WK034407;javascript:alert(1);",
				"opbouwwerker;Kort;" + this.police,
				"wijkagent;Wijkagent Oost " + this.unique + ";" + this.police + ";;WK034405;;",
				"opbouwwerker;Opbouwwerker West " + this.unique + ";Onbekend " + this.unique + ";;WK034401;;32-13-2025",
				"opbouwwerker;X;" + this.police + ";;WK034401;;",
				"opbouwwerker;Opbouwwerker Noord " + this.unique + ";" + "N".repeat(201) + ";vereniging;WK034401;;");

		var refused = upload(this.utrecht, file);

		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyText().contains("Er is niets opgeslagen.",
				"Regel 3: de rol 'astronaut' kennen we niet.",
				"Regel 4: het gebied WK999999 kennen we niet.",
				"Regel 5: javascript:alert(1) is geen webadres.",
				"Regel 6: deze regel heeft 3 kolommen, maar de kopregel 7.",
				"Regel 7: deze post staat ook op regel 2",
				"Regel 8: de organisatie 'Onbekend " + this.unique + "' staat niet op de sociale kaart.",
				"Regel 8: 32-13-2025 is geen datum.",
				"Regel 9, kolom titel: vul minstens 2 tekens in.",
				"Regel 10, kolom organisatie: gebruik ten hoogste 200 tekens.")
			.doesNotContain("Regel 2:");
		assertThat(posts(this.police)).isZero();
		assertThat(this.jdbc.sql("select count(*) from smap_organisation where name = ?").param(this.welfare)
			.query(Long.class).single()).as("the new organisation of a good line").isZero();
	}

	@Test
	void aCoordinatorOfAmsterdamCannotImportPostsForUtrecht() {
		var employer = this.accounts.organisation("Gemeente Amsterdam " + this.unique, OrganisationType.GEMEENTE, "GM0363");
		UserId amsterdam = this.accounts.coordinator(AccountsFixture.email("coordinator"), employer, new AreaCode("GM0363"));

		var refused = upload(amsterdam, goodFile());

		assertThat(refused).hasStatus(403);
		assertThat(refused).bodyText().contains("Dit bestand mag je niet importeren",
				"Regel 2: je mag geen posten invoeren voor WK034406");
		assertThat(posts(this.police)).isZero();
		assertThat(posts(this.welfare)).isZero();
	}

	@Test
	void professionalsAndResidentsCannotImport() {
		assertThat(upload(this.owner, goodFile())).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/sociale-kaart/import").multipart()
			.file(new MockMultipartFile("bestand", "posten.csv", "text/csv", goodFile().getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).hasRedirectedUrl("/inloggen");
		assertThat(posts(this.police)).isZero();
	}

	@Test
	void aCommaSeparatedFileWithoutByteOrderMarkAndWithOtherColumnNamesWorksToo() {
		String file = "Role,Title,Organisation,Areas,Thema's,E-mail\r\n"
				+ "wijkagent,\"Wijkagent, Oost " + this.unique + "\"," + this.police + ",WK034405 WK034404,"
				+ "Veiligheid en criminaliteit|overlast,oost@example.org\r\n";

		assertThat(upload(this.utrecht, file)).hasRedirectedUrl("/beheer/sociale-kaart/import");
		assertThat(this.jdbc.sql("select focus::text from smap_post where title = ?").param("Wijkagent, Oost " + this.unique)
			.query(String.class).single()).isEqualTo("{veiligheid,overlast}");
	}

	@Test
	void malformedFilesGetAClearMessage() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		assertThat(upload(this.utrecht, png)).hasStatus(400).bodyText().contains("Dit is geen tekstbestand.");
		assertThat(upload(this.utrecht, new byte[] { 'P', 'K', 3, 4, 0, 0 })).hasStatus(400).bodyText()
			.contains("Dit is een Excel-bestand");
		assertThat(upload(this.utrecht, new byte[0])).hasStatus(400).bodyText().contains("Kies een bestand.");
		assertThat(upload(this.utrecht, "   \n".getBytes(StandardCharsets.UTF_8))).hasStatus(400).bodyText()
			.contains("Het bestand is leeg.");
		assertThat(upload(this.utrecht, "naam;functie\nWanda;wijkagent\n")).hasStatus(400).bodyText()
			.contains("Deze verplichte kolommen ontbreken: rol, organisatie, gebieden.");
		assertThat(upload(this.utrecht, "rol;titel;organisatie;gebieden;schoenmaat\n")).hasStatus(400).bodyText()
			.contains("Regel 1: de kolom 'schoenmaat' kennen we niet.");
		assertThat(upload(this.utrecht, "rol;titel;organisatie;gebieden\n")).hasStatus(400).bodyText()
			.contains("Het bestand heeft alleen een kopregel.");
		assertThat(upload(this.utrecht, "rol;titel;organisatie;gebieden\nwijkagent;Caf\u00e9;x;WK034406\n"
			.getBytes(StandardCharsets.ISO_8859_1))).hasStatus(400).bodyText().contains("niet in UTF-8 opgeslagen");
		byte[] huge = new byte[2 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) 'a');
		assertThat(upload(this.utrecht, huge)).hasStatus(400).bodyText().contains("Het bestand is te groot.");
		assertThat(posts(this.police)).isZero();
	}

	@Test
	void theExampleFileCanBeImportedAsItIs() throws Exception {
		var example = this.mvc.get().uri("/beheer/sociale-kaart/import/voorbeeld.csv").with(user(this.utrecht.toString()))
			.exchange();

		assertThat(example).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		byte[] file = example.getResponse().getContentAsByteArray();
		assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\uFEFFrol;titel;organisatie;");
		assertThat(upload(this.utrecht, file)).hasRedirectedUrl("/beheer/sociale-kaart/import");
	}

	private String goodFile() {
		return "\uFEFF" + String.join("\r\n",
				"rol;titel;organisatie;organisatietype;naam;gebieden;thema's;bereikbaarheid;talen;email;telefoon;website;begin;einde;eigenaar",
				"wijkagent;Wijkagent Binnenstad " + this.unique + ";" + this.police + ";;Wanda " + this.unique
						+ ";WK034406;veiligheid|overlast;\"ma t/m vr; ook 's avonds\";nl|Engels;;0900 8844;"
						+ "https://www.politie.nl;01-01-2025;;" + this.ownerEmail,
				"Sociaal makelaar;Sociaal makelaar Zuid " + this.unique + ";" + this.welfare
						+ ";welzijnsorganisatie;;WK034407 | WK034408;eenzaamheid;;;;;;;2026-12-31;",
				"buurtconcierge;Buurtconciërge " + this.unique + ";" + this.police + ";;Bas " + this.unique
						+ ";WK034406;;;;;;;;;",
				"");
	}

	private MvcTestResult upload(UserId who, String csv) {
		return upload(who, csv.getBytes(StandardCharsets.UTF_8));
	}

	private MvcTestResult upload(UserId who, byte[] file) {
		return this.mvc.post().uri("/beheer/sociale-kaart/import").multipart()
			.file(new MockMultipartFile("bestand", file.length == 0 ? "" : "posten.csv", "text/csv", file))
			.with(user(who.toString())).with(csrf()).exchange();
	}

	/** The posts of the organisation with this name, however many organisations have it. */
	private long posts(String organisation) {
		return this.jdbc.sql("select count(*) from smap_post p join smap_organisation o on o.id = p.organisation_id"
				+ " where o.name = ?").param(organisation).query(Long.class).single();
	}

}
