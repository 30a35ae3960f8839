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
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Professionals put their own work on the map; coordinators keep the posts of their area; nobody else's. */
@SpeelveldTest
class PostFormControllerTests {

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

	private UUID police;

	private UserId professional;

	private UUID profile;

	@BeforeEach
	void aProfessionalWithAWorkProfile() {
		this.unique = UUID.randomUUID().toString().substring(0, 6);
		var employer = this.accounts.organisation("Buurtwerk " + this.unique, OrganisationType.WELZIJNSORGANISATIE, "GM0344");
		this.professional = this.accounts.professional(AccountsFixture.email("opbouwwerker"), employer);
		this.police = this.socialMap.organisation("Politie Utrecht " + this.unique, "politie", "GM0344");
		this.profile = this.socialMap.professional("Olga Opbouw " + this.unique, this.professional.value());
	}

	@Test
	void aProfessionalPutsAPostOnTheMapAndResidentsSeeItInTheirWijk() {
		var saved = this.mvc.post().uri("/sociale-kaart/posten/nieuw").with(as(this.professional)).with(csrf())
			.param("rol", "opbouwwerker").param("organisatie", this.police.toString())
			.param("titel", "Opbouwwerker Binnenstad " + this.unique).param("gebied", BINNENSTAD)
			.param("themas", "zelforganisatie").param("themas", "wonen-en-huren").param("talen", "nl").param("talen", "en")
			.param("bereikbaarheid", "ma-do").param("email", "olga@example.org").param("website", "https://example.org/olga")
			.param("begin", "1-9-2025").exchange();

		assertThat(saved).hasRedirectedUrl("/account/werk");
		var post = this.jdbc.sql("select id, owner_id, professional_id, last_confirmed, starts_on, focus::text, languages::text"
				+ " from smap_post where title = ?").param("Opbouwwerker Binnenstad " + this.unique).query().singleRow();
		assertThat(post).containsEntry("owner_id", this.professional.value()).containsEntry("professional_id", this.profile)
			.containsEntry("focus", "{zelforganisatie,wonen-en-huren}").containsEntry("languages", "{nl,en}");
		assertThat(post.get("last_confirmed").toString()).isEqualTo(LocalDate.now().toString());
		assertThat(post.get("starts_on").toString()).isEqualTo("2025-09-01");
		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).hasStatusOk().bodyText()
			.contains("Olga Opbouw " + this.unique, "Opbouwwerker Binnenstad " + this.unique, "olga@example.org");
		assertThat(this.mvc.get().uri("/account/werk").with(as(this.professional))).hasStatusOk().bodyText()
			.contains("Opbouwwerker Binnenstad " + this.unique, "Wijk 06 Binnenstad");
		assertThat(audits("post-created", (UUID) post.get("id"))).isEqualTo(1);
	}

	@Test
	void aNewPostStartsWithItsRoleAndShowsThatRolesThemesFirst() throws Exception {
		assertThat(this.mvc.get().uri("/sociale-kaart/posten/nieuw").with(as(this.professional))).hasStatusOk()
			.bodyText().contains("Begin met de rol", "Verder");

		var form = this.mvc.get().uri("/sociale-kaart/posten/nieuw?rol=wijkagent").with(as(this.professional)).exchange();

		String body = form.getResponse().getContentAsString();
		assertThat(body).contains("Thema's van deze rol", "value=\"Wijkagent\"");
		assertThat(body.indexOf("id=\"thema-veiligheid\"")).isLessThan(body.indexOf("id=\"thema-ontmoeting\""));
		assertThat(body).contains("Wijk 06 Binnenstad").as("the wijken of the employer's gemeente, to tick");
	}

	@Test
	void wrongInputIsExplainedInDutchNextToTheFieldsAndChangesNothing() {
		long before = count();

		var refused = this.mvc.post().uri("/sociale-kaart/posten/nieuw").with(as(this.professional)).with(csrf())
			.param("rol", "astronaut").param("organisatie", this.police.toString()).param("titel", "X")
			.param("gebieden", "WK999999").param("website", "javascript:alert(1)").param("email", "geen-adres")
			.param("begin", "31-02-2026").param("einde", "1-1-2020").exchange();

		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyText().contains("De rol 'astronaut' kennen we niet.", "Vul minstens 2 tekens in.",
				"Het gebied WK999999 kennen we niet.", "javascript:alert(1) is geen webadres.",
				"geen-adres is geen e-mailadres.", "31-02-2026 is geen datum.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void invisibleCharactersAndImpossibleYearsAreExplainedNotAFailure() {
		assertThat(this.mvc.post().uri("/account/werkprofiel").with(as(this.professional)).with(csrf())
			.param("naam", "Olga\u0000Opbouw").param("over", "")).hasStatus(400).bodyText()
			.contains("onzichtbaar teken");
		assertThat(post(this.professional, "/sociale-kaart/posten/nieuw", "Opbouwwerker " + this.unique, BINNENSTAD)
			.param("email", "olga\u0000@example.org").param("begin", "1-1-0202")).hasStatus(400).bodyText()
			.contains("1-1-0202 is geen datum.", "is geen e-mailadres.");
		assertThat(this.mvc.get().uri("/beheer/sociale-kaart").param("q", "a\u0000b").with(as(coordinator("GM0344"))))
			.hasStatusOk();
	}

	@Test
	void theEndDateMayNotLieBeforeTheStart() {
		var refused = post(this.professional, "/sociale-kaart/posten/nieuw", "Opbouwwerker " + this.unique, BINNENSTAD)
			.param("begin", "2026-03-01").param("einde", "2026-02-01").exchange();

		assertThat(refused).hasStatus(400).bodyText().contains("De einddatum ligt voor de begindatum.");
	}

	@Test
	void aProfessionalCannotChangeSomeoneElsesPost() {
		UUID others = this.socialMap.aPost("wijkagent", this.police).covering(BINNENSTAD).titled("Wijkagent " + this.unique)
			.save();

		assertThat(this.mvc.get().uri("/sociale-kaart/posten/{id}/bewerken", others).with(as(this.professional)))
			.hasStatus(403);
		assertThat(post(this.professional, "/sociale-kaart/posten/" + others + "/bewerken", "Overgenomen", BINNENSTAD))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/sociale-kaart/posten/{id}/beeindigen", others).with(as(this.professional))
			.with(csrf())).hasStatus(403);
		assertThat(title(others)).isEqualTo("Wijkagent " + this.unique);
	}

	@Test
	void aProfessionalChangesAndEndsTheirOwnPost() {
		UUID own = this.socialMap.aPost("opbouwwerker", this.police).covering(BINNENSTAD).heldBy(this.profile)
			.ownedBy(this.professional.value()).confirmedOn(LocalDate.now().minusYears(1)).save();

		assertThat(this.mvc.get().uri("/sociale-kaart/posten/{id}/bewerken", own).with(as(this.professional)))
			.hasStatusOk().bodyText().contains("Post bewerken", "Post nu beëindigen");
		assertThat(post(this.professional, "/sociale-kaart/posten/" + own + "/bewerken", "Opbouwwerker Oost " + this.unique,
				"WK034405")).hasRedirectedUrl("/sociale-kaart/posten/" + own + "/bewerken");
		assertThat(title(own)).isEqualTo("Opbouwwerker Oost " + this.unique);
		assertThat(this.jdbc.sql("select last_confirmed from smap_post where id = ?").param(own).query(LocalDate.class)
			.single()).as("editing confirms").isEqualTo(LocalDate.now());
		assertThat(this.mvc.get().uri("/gebied/WK034405/wie-werkt-hier")).bodyText()
			.contains("Opbouwwerker Oost " + this.unique);

		assertThat(this.mvc.post().uri("/sociale-kaart/posten/{id}/beeindigen", own).with(as(this.professional))
			.with(csrf())).hasRedirectedUrl("/sociale-kaart/posten/" + own + "/bewerken");
		assertThat(this.mvc.get().uri("/gebied/WK034405/wie-werkt-hier")).bodyText()
			.doesNotContain("Opbouwwerker Oost " + this.unique);
		assertThat(audits("post-changed", own)).isEqualTo(1);
		assertThat(audits("post-ended", own)).isEqualTo(1);
	}

	@Test
	void aCoordinatorOfAmsterdamCannotChangeAnUtrechtPost() {
		UserId amsterdam = coordinator("GM0363");
		UUID utrechts = this.socialMap.aPost("wijkagent", this.police).covering(BINNENSTAD).titled("Wijkagent " + this.unique)
			.save();

		assertThat(this.mvc.get().uri("/sociale-kaart/posten/{id}/bewerken", utrechts).with(as(amsterdam))).hasStatus(403);
		assertThat(post(amsterdam, "/sociale-kaart/posten/" + utrechts + "/bewerken", "Overgenomen", "WK0363AA"))
			.hasStatus(403);
		assertThat(post(amsterdam, "/sociale-kaart/posten/nieuw", "Wijkagent " + this.unique, BINNENSTAD)).hasStatus(403)
			.bodyText().contains("Je kunt alleen gebieden kiezen in de gemeente of wijk waarvoor je coördinator bent.");
		assertThat(title(utrechts)).isEqualTo("Wijkagent " + this.unique);
	}

	@Test
	void aCoordinatorKeepsThePostsOfTheirAreaButCannotMoveOneOutOfIt() {
		UserId utrecht = coordinator("GM0344");
		UUID post = this.socialMap.aPost("wijkagent", this.police).covering(BINNENSTAD).titled("Wijkagent " + this.unique)
			.save();

		assertThat(post(utrecht, "/sociale-kaart/posten/" + post + "/bewerken", "Wijkagent " + this.unique, "WK0363AA"))
			.hasStatus(403).bodyText().contains("Je kunt alleen gebieden kiezen");
		assertThat(this.jdbc.sql("select area_code from smap_post_area where post_id = ?").param(post).query(String.class)
			.list()).containsExactly(BINNENSTAD);

		assertThat(post(utrecht, "/sociale-kaart/posten/" + post + "/bewerken", "Wijkagent Binnenstad-Oost " + this.unique,
				BINNENSTAD).param("naam", "Wim Wijkagent " + this.unique)).hasStatus(302);
		assertThat(this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD)).bodyText()
			.contains("Wim Wijkagent " + this.unique, "Wijkagent Binnenstad-Oost " + this.unique);
	}

	@Test
	void aCoordinatorPutsAVacancyOnTheMap() {
		UserId utrecht = coordinator("GM0344");

		assertThat(this.mvc.post().uri("/sociale-kaart/posten/nieuw").with(as(utrecht)).with(csrf())
			.param("rol", "buurtsportcoach").param("organisatie", this.police.toString())
			.param("titel", "Buurtsportcoach gezocht " + this.unique).param("gebied", "WK034405"))
			.hasRedirectedUrl("/account/werk");

		var row = this.jdbc.sql("select owner_id, professional_id from smap_post where title = ?")
			.param("Buurtsportcoach gezocht " + this.unique).query().singleRow();
		assertThat(row.get("professional_id")).isNull();
		assertThat(row.get("owner_id")).isEqualTo(utrecht.value());
		assertThat(this.mvc.get().uri("/gebied/WK034405/wie-werkt-hier")).bodyText()
			.contains("Buurtsportcoach gezocht " + this.unique);
	}

	@Test
	void residentsMayNotPutPostsOnTheMap() {
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		long before = count();

		assertThat(this.mvc.get().uri("/sociale-kaart/posten/nieuw").with(as(resident))).hasStatus(403);
		assertThat(post(resident, "/sociale-kaart/posten/nieuw", "Bewonerspost " + this.unique, BINNENSTAD)).hasStatus(403);
		assertThat(this.mvc.post().uri("/sociale-kaart/posten/nieuw").with(csrf())).hasRedirectedUrl("/inloggen");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void namesAreEscapedOnThePublicPages() {
		String script = "<script>alert('" + this.unique + "')</script>";
		assertThat(this.mvc.post().uri("/account/werkprofiel").with(as(this.professional)).with(csrf())
			.param("naam", script).param("over", "<img src=x onerror=alert(1)>")).hasRedirectedUrl("/account/werk");
		assertThat(post(this.professional, "/sociale-kaart/posten/nieuw", "<b>Opbouw</b> " + this.unique, BINNENSTAD))
			.hasStatus(302);

		var page = this.mvc.get().uri("/gebied/{code}/wie-werkt-hier", BINNENSTAD).exchange();
		var profilePage = this.mvc.get().uri("/professionals/{id}", this.profile).exchange();

		assertThat(page).bodyText().doesNotContain(script, "<b>Opbouw</b>")
			.contains("&lt;script&gt;alert('" + this.unique + "')&lt;/script&gt;", "&lt;b&gt;Opbouw&lt;/b&gt;");
		assertThat(profilePage).bodyText().doesNotContain(script, "<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void onlyThePersonThemselvesSeesTheEditLinkOnTheirProfile() {
		assertThat(this.mvc.get().uri("/professionals/{id}", this.profile).with(as(this.professional))).bodyText()
			.contains("href=\"/account/werkprofiel\"");
		assertThat(this.mvc.get().uri("/professionals/{id}", this.profile)).bodyText()
			.doesNotContain("href=\"/account/werkprofiel\"");
		assertThat(this.mvc.get().uri("/professionals/{id}", this.profile).with(as(coordinator("GM0344")))).bodyText()
			.doesNotContain("href=\"/account/werkprofiel\"");
	}

	private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder post(UserId who, String uri,
			String title, String area) {
		return this.mvc.post().uri(uri).with(as(who)).with(csrf()).param("rol", "opbouwwerker")
			.param("organisatie", this.police.toString()).param("titel", title).param("gebied", area);
	}

	private UserId coordinator(String gemeente) {
		var organisation = this.accounts.organisation("Gemeente " + gemeente + " " + this.unique, OrganisationType.GEMEENTE,
				gemeente);
		return this.accounts.coordinator(AccountsFixture.email("coordinator"), organisation, new AreaCode(gemeente));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(UserId who) {
		return user(who.toString());
	}

	private String title(UUID post) {
		return this.jdbc.sql("select title from smap_post where id = ?").param(post).query(String.class).single();
	}

	/** The posts of this test's organisation. */
	private long count() {
		return this.jdbc.sql("select count(*) from smap_post where organisation_id = ?").param(this.police)
			.query(Long.class).single();
	}

	private long audits(String action, UUID subject) {
		return this.jdbc.sql("select count(*) from acc_audit where action = ? and subject_id = ?")
			.params(action, subject.toString()).query(Long.class).single();
	}


}
