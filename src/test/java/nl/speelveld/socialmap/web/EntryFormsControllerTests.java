package nl.speelveld.socialmap.web;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Coordinators keep the organisations, places and services of their area, and only those. */
@SpeelveldTest
class EntryFormsControllerTests {

	private static final String BINNENSTAD = "WK034406";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	JdbcClient jdbc;

	private String unique;

	private UserId utrecht;

	private UserId amsterdam;

	private UUID organisation;

	@BeforeEach
	void coordinatorsOfUtrechtAndAmsterdam() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		this.utrecht = coordinator("GM0344");
		this.amsterdam = coordinator("GM0363");
		this.organisation = this.socialMap.organisation("Buurtwerk Centrum " + this.unique, "welzijnsorganisatie", "GM0344");
	}

	@Test
	void aCoordinatorAddsAnOrganisationAndItsPostsShowItsNameInTheWijk() {
		var saved = this.mvc.post().uri("/sociale-kaart/organisaties/nieuw").with(as(this.utrecht)).with(csrf())
			.param("naam", "Huurdersvereniging " + this.unique).param("soort", "bewonersorganisatie")
			.param("gebied", "WK034406").param("gebieden", "WK034405").param("website", "https://huurders.example.org")
			.param("postcode", "3511ab").exchange();

		assertThat(saved).hasStatus(302);
		var row = this.jdbc.sql("select id, postcode, owner_id, last_confirmed from smap_organisation where name = ?")
			.param("Huurdersvereniging " + this.unique).query().singleRow();
		UUID id = (UUID) row.get("id");
		assertThat(saved).hasRedirectedUrl("/sociale-kaart/organisaties/" + id + "/bewerken");
		assertThat(row).containsEntry("postcode", "3511 AB").containsEntry("owner_id", this.utrecht.value());
		assertThat(this.jdbc.sql("select area_code from smap_organisation_area where organisation_id = ? order by 1")
			.param(id).query(String.class).list()).containsExactly("WK034405", "WK034406");
		this.socialMap.post("opbouwwerker", id, null, java.util.List.of(BINNENSTAD), "wonen-en-huren");
		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText()
			.contains("Huurdersvereniging " + this.unique);
		assertThat(this.mvc.get().uri("/organisaties/{id}", id).with(as(this.utrecht))).bodyText()
			.contains("href=\"/sociale-kaart/organisaties/" + id + "/bewerken\"");
		assertThat(this.mvc.get().uri("/organisaties/{id}", id).with(as(this.amsterdam))).bodyText()
			.doesNotContain("/bewerken\"");
		assertThat(this.mvc.get().uri("/organisaties/{id}", id)).bodyText().doesNotContain("/bewerken\"");
		assertThat(audits("organisation-created", id)).isEqualTo(1);
	}

	@Test
	void renamingAnOrganisationChangesItOnTheWhoWorksHerePage() {
		this.socialMap.post("opbouwwerker", this.organisation, null, java.util.List.of(BINNENSTAD), "ontmoeting");

		assertThat(this.mvc.post().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation).with(as(this.utrecht))
			.with(csrf()).param("naam", "Welzijn Centrum " + this.unique).param("soort", "welzijnsorganisatie")
			.param("gebied", "GM0344")).hasRedirectedUrl("/sociale-kaart/organisaties/" + this.organisation + "/bewerken");

		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText()
			.contains("Welzijn Centrum " + this.unique).doesNotContain("Buurtwerk Centrum " + this.unique);
		assertThat(audits("organisation-changed", this.organisation)).isEqualTo(1);
	}

	@Test
	void wrongOrganisationDetailsAreExplainedAndChangeNothing() {
		var refused = this.mvc.post().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation)
			.with(as(this.utrecht)).with(csrf()).param("naam", "").param("soort", "sekte").param("gebieden", "GM9999")
			.param("telefoon", "bel me").param("postcode", "1234").exchange();

		assertThat(refused).hasStatus(400).bodyText().contains("Vul minstens 2 tekens in.", "Kies de soort organisatie.",
				"Het gebied GM9999 kennen we niet.", "bel me is geen telefoonnummer.", "1234 is geen postcode.");
		assertThat(name(this.organisation)).isEqualTo("Buurtwerk Centrum " + this.unique);
	}

	@Test
	void aCoordinatorOfAmsterdamCannotChangeOrAddUtrechtOrganisations() {
		assertThat(this.mvc.get().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation).with(as(this.amsterdam)))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation)
			.with(as(this.amsterdam)).with(csrf()).param("naam", "Overgenomen").param("soort", "vereniging")
			.param("gebied", "GM0363")).hasStatus(403);
		assertThat(this.mvc.post().uri("/sociale-kaart/organisaties/nieuw").with(as(this.amsterdam)).with(csrf())
			.param("naam", "Stiekem " + this.unique).param("soort", "vereniging").param("gebied", "GM0344")).hasStatus(403);
		assertThat(name(this.organisation)).isEqualTo("Buurtwerk Centrum " + this.unique);
		assertThat(this.jdbc.sql("select count(*) from smap_organisation where name = ?").param("Stiekem " + this.unique)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aCoordinatorOfUtrechtCannotMoveAnOrganisationToAmsterdam() {
		assertThat(this.mvc.post().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation)
			.with(as(this.utrecht)).with(csrf()).param("naam", "Buurtwerk Centrum " + this.unique)
			.param("soort", "welzijnsorganisatie").param("gebied", "GM0363")).hasStatus(403);
		assertThat(this.jdbc.sql("select area_code from smap_organisation_area where organisation_id = ?")
			.param(this.organisation).query(String.class).list()).containsExactly("GM0344");
	}

	@Test
	void aCoordinatorAddsAPlaceThatTheAreaPagesShow() {
		var saved = this.mvc.post().uri("/sociale-kaart/plekken/nieuw").with(as(this.utrecht)).with(csrf())
			.param("soort", "buurthuis").param("naam", "Buurthuis De Plek " + this.unique)
			.param("organisatie", this.organisation.toString()).param("breedtegraad", "52,0907")
			.param("lengtegraad", "5.1214").param("rolstoel", "ja").param("openingstijden", "ma-vr 9-17").exchange();

		assertThat(saved).hasStatus(302);
		var row = this.jdbc.sql("select id, area_code, last_confirmed, wheelchair_accessible from smap_place where name = ?")
			.param("Buurthuis De Plek " + this.unique).query().singleRow();
		assertThat(row.get("area_code")).as("found from the position, near the Dom").isEqualTo(BINNENSTAD);
		assertThat(row.get("last_confirmed").toString()).isEqualTo(LocalDate.now().toString());
		assertThat(this.mvc.get().uri("/gebied/{code}/plekken", BINNENSTAD)).bodyText().contains("Buurthuis De Plek " + this.unique);
		assertThat(this.mvc.get().uri("/plekken/{id}", row.get("id")).with(as(this.utrecht))).bodyText()
			.contains("/sociale-kaart/plekken/" + row.get("id") + "/bewerken");
	}

	@Test
	void wrongPlaceDetailsAreExplainedAndPlacesOutsideTheAreaRefused() {
		UUID place = this.socialMap.place("Speeltuin Oud " + this.unique, "speeltuin", BINNENSTAD, 52.09, 5.12);

		assertThat(this.mvc.post().uri("/sociale-kaart/plekken/{id}/bewerken", place).with(as(this.utrecht)).with(csrf())
			.param("soort", "kasteel").param("naam", "Speeltuin Oud " + this.unique).param("breedtegraad", "52,09"))
			.hasStatus(400).bodyText().contains("Kies de soort plek.");
		assertThat(this.mvc.post().uri("/sociale-kaart/plekken/{id}/bewerken", place).with(as(this.utrecht)).with(csrf())
			.param("soort", "speeltuin").param("naam", "Speeltuin Oud " + this.unique).param("breedtegraad", "52,09"))
			.hasStatus(400).bodyText().contains("Vul de breedtegraad en de lengtegraad allebei in, of allebei niet.");
		assertThat(this.mvc.post().uri("/sociale-kaart/plekken/{id}/bewerken", place).with(as(this.utrecht)).with(csrf())
			.param("soort", "speeltuin").param("naam", "Speeltuin Oud " + this.unique).param("gebied", "WK0363AA"))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/sociale-kaart/plekken/{id}/bewerken", place).with(as(this.amsterdam)))
			.hasStatus(403);
		assertThat(this.jdbc.sql("select kind || ' ' || area_code from smap_place where id = ?").param(place)
			.query(String.class).single()).isEqualTo("speeltuin " + BINNENSTAD);
	}

	@Test
	void aCoordinatorAddsAServiceThatItsOrganisationsPageShows() {
		UUID place = this.socialMap.place("Wijkcentrum " + this.unique, "wijkcentrum", BINNENSTAD, 52.09, 5.12);

		var saved = this.mvc.post().uri("/sociale-kaart/diensten/nieuw").with(as(this.utrecht)).with(csrf())
			.param("organisatie", this.organisation.toString()).param("naam", "Koffieochtend " + this.unique)
			.param("voorwie", "Iedereen die wil kletsen").param("themas", "ontmoeting").param("gebied", BINNENSTAD)
			.param("plekken", place.toString()).exchange();

		assertThat(saved).hasStatus(302);
		assertThat(this.mvc.get().uri("/organisaties/{id}", this.organisation)).bodyText()
			.contains("Koffieochtend " + this.unique, "Iedereen die wil kletsen");
		assertThat(this.mvc.get().uri("/plekken/{id}", place)).bodyText().contains("Koffieochtend " + this.unique);
	}

	@Test
	void servicesOutsideTheAreaAreRefusedAndWrongDetailsExplained() {
		UUID service = this.socialMap.service("Spreekuur " + this.unique, this.organisation, BINNENSTAD);

		assertThat(this.mvc.get().uri("/sociale-kaart/diensten/{id}/bewerken", service).with(as(this.amsterdam)))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/sociale-kaart/diensten/{id}/bewerken", service).with(as(this.utrecht)).with(csrf())
			.param("organisatie", this.organisation.toString()).param("naam", "S").param("website", "ftp://x")
			.param("gebied", BINNENSTAD)).hasStatus(400).bodyText().contains("ftp://x is geen webadres.");
		assertThat(this.mvc.post().uri("/sociale-kaart/diensten/nieuw").with(as(this.amsterdam)).with(csrf())
			.param("organisatie", this.organisation.toString()).param("naam", "Overgenomen").param("gebied", BINNENSTAD))
			.hasStatus(403);
		assertThat(this.jdbc.sql("select name from smap_service where id = ?").param(service).query(String.class).single())
			.isEqualTo("Spreekuur " + this.unique);
	}

	@Test
	void professionalsAndResidentsDoNotKeepOrganisationsPlacesOrServices() {
		var employer = this.accounts.organisation("Werkgever " + this.unique, OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		UserId professional = this.accounts.professional(AccountsFixture.email("opbouwwerker"), employer);

		for (String form : new String[] { "organisaties", "plekken", "diensten" }) {
			assertThat(this.mvc.get().uri("/sociale-kaart/" + form + "/nieuw").with(as(professional))).hasStatus(403);
			assertThat(this.mvc.get().uri("/sociale-kaart/" + form + "/nieuw")).hasRedirectedUrl("/inloggen");
		}
		assertThat(this.mvc.get().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation).with(as(professional)))
			.hasStatus(403);
	}

	@Test
	void organisationNamesAreEscapedOnThePublicPages() {
		String script = "<script>alert(" + this.unique + ")</script>";
		this.mvc.post().uri("/sociale-kaart/organisaties/{id}/bewerken", this.organisation).with(as(this.utrecht))
			.with(csrf()).param("naam", script).param("soort", "welzijnsorganisatie").param("gebied", "GM0344").exchange();
		this.socialMap.post("opbouwwerker", this.organisation, null, java.util.List.of(BINNENSTAD), "ontmoeting");

		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText().doesNotContain(script)
			.contains("&lt;script&gt;alert(" + this.unique + ")&lt;/script&gt;");
		assertThat(this.mvc.get().uri("/organisaties/{id}", this.organisation)).bodyText().doesNotContain(script);
	}

	private UserId coordinator(String gemeente) {
		var employer = this.accounts.organisation("Gemeente " + gemeente + " " + this.unique, OrganisationType.GEMEENTE,
				gemeente);
		return this.accounts.coordinator(AccountsFixture.email("coordinator"), employer, new AreaCode(gemeente));
	}

	private static RequestPostProcessor as(UserId who) {
		return user(who.toString());
	}

	private String name(UUID organisation) {
		return this.jdbc.sql("select name from smap_organisation where id = ?").param(organisation).query(String.class)
			.single();
	}

	private long audits(String action, UUID subject) {
		return this.jdbc.sql("select count(*) from acc_audit where action = ? and subject_id = ?")
			.params(action, subject.toString()).query(Long.class).single();
	}

}
