package nl.speelveld.roles.web;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Coordinators and administrators extend the role typology through the administration pages. */
@SpeelveldTest
class RoleAdminControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	JdbcClient jdbc;

	private UserId coordinator;

	private UserId administrator;

	private UserId resident;

	@BeforeEach
	void people() {
		UUID employer = this.accounts.organisation("Gemeente Utrecht " + unique(), OrganisationType.GEMEENTE, "GM0344");
		this.coordinator = this.accounts.coordinator(AccountsFixture.email("coordinator"), employer, new AreaCode("GM0344"));
		this.administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		this.resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

	@Test
	void theTypologyIsListedWithItsJobTitlesAndBothForms() {
		assertThat(this.mvc.get().uri("/beheer/rollen").with(user(this.coordinator.toString()))).hasStatusOk().bodyText()
			.contains("Rollen en functienamen", "Wijkregisseur", "gebiedsregisseur", "Een functienaam toevoegen",
					"Een rol toevoegen", "<option value=\"GM0344\"")
			.doesNotContain("<option value=\"GM0363\"");
		assertThat(this.mvc.get().uri("/beheer").with(user(this.coordinator.toString()))).as("the administration links to it")
			.bodyText().contains("/beheer/rollen", "/beheer/sociale-kaart/verouderd");
	}

	@Test
	void aCoordinatorAddsAJobTitleForTheirGemeenteWhichTheApiShowsAtOnce() {
		String title = "Wijkspil " + unique();

		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", title)
			.param("gemeente", "GM0344").with(user(this.coordinator.toString())).with(csrf()))
			.hasRedirectedUrl("/beheer/rollen#rol-wijkregisseur");

		assertThat(this.mvc.get().uri("/api/v1/roles")).bodyJson()
			.extractingPath("$[?(@.code == 'wijkregisseur')].aliases[*]").asArray().contains(title);
		assertThat(this.jdbc.sql("""
				select count(*) from acc_audit where action = 'role-alias-added' and subject_id = 'wijkregisseur'
				  and actor_id = ? and details ->> 'alias' = ? and details ->> 'gemeente' = 'GM0344'""")
			.params(this.coordinator.value(), title)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCoordinatorCannotAddJobTitlesForEverywhereOrForAnotherGemeente() {
		String title = "Buurtspil " + unique();

		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", title)
			.param("gemeente", "").with(user(this.coordinator.toString())).with(csrf()))
			.hasStatus(400).bodyText().contains("Kies een gemeente waarin je coördinator bent.");
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", title)
			.param("gemeente", "GM0363").with(user(this.coordinator.toString())).with(csrf())).hasStatus(403);
		assertThat(aliases(title)).isZero();
	}

	@Test
	void anAdministratorAddsAJobTitleForEverywhere() {
		String title = "Straatregisseur " + unique();

		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", title)
			.param("gemeente", "").with(user(this.administrator.toString())).with(csrf())).hasStatus3xxRedirection();

		assertThat(this.jdbc.sql("select count(*) from roles_alias where alias = ? and gemeente is null").param(title)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void wrongInputChangesNothingAndIsExplainedNextToTheField() {
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", "x")
			.param("gemeente", "GM0344").with(user(this.coordinator.toString())).with(csrf()))
			.hasStatus(400).bodyText().contains("Een functienaam heeft 2 tot 120 tekens.");
		String taken = "Wijkverbinder " + unique();
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", taken)
			.param("gemeente", "GM0344").with(user(this.coordinator.toString())).with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "opbouwwerker").param("titel", taken)
			.param("gemeente", "GM0344").with(user(this.coordinator.toString())).with(csrf()))
			.hasStatus(400).bodyText().contains("Deze functienaam bestaat al voor deze gemeente.");
		assertThat(aliases(taken)).isOne();
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "astronaut").param("titel", "Ruimtevaarder")
			.param("gemeente", "GM0344").with(user(this.coordinator.toString())).with(csrf()))
			.hasStatus(400).bodyText().contains("Kies een rol uit de lijst.");
		assertThat(aliases("x")).isZero();
		assertThat(aliases("Ruimtevaarder")).isZero();

		String code = "buurtmaat-" + unique();
		var refused = this.mvc.post().uri("/beheer/rollen").param("code", code).param("naam", "Buurtmaat")
			.param("naamEngels", "").param("definitie", "Helpt buren elkaar te vinden.").param("definitieEngels", "Helps.")
			.param("gewichtG1", "2").param("gewichtG2", "een half").param("norm", "-5")
			.with(user(this.coordinator.toString())).with(csrf()).exchange();
		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyText()
			.contains("Geef een Nederlandse en een Engelse naam van 2 tot 120 tekens.",
					"Het gewicht per doel ligt tussen 0 en 1", "Kies een of meer bestaande thema", "Een norm is een positief aantal")
			.contains("Buurtmaat", "Helpt buren elkaar te vinden.");
		assertThat(this.mvc.get().uri("/api/v1/roles/{code}", code)).hasStatus(404);
		assertThat(this.mvc.post().uri("/beheer/rollen").param("code", "wijkagent").param("naam", "Wijkagent twee")
			.param("naamEngels", "Police officer two").param("definitie", "Nog een.").param("definitieEngels", "Another.")
			.param("gewichtG1", "1").param("gewichtG2", "0").param("themas", "veiligheid")
			.with(user(this.coordinator.toString())).with(csrf())).hasStatus(400).bodyText()
			.contains("Deze code is al in gebruik.");
	}

	@Test
	void aCoordinatorAddsARoleTypeThatTheApiShows() {
		String code = "buurtcoach-" + unique();

		assertThat(this.mvc.post().uri("/beheer/rollen").param("code", code).param("naam", "Buurtcoach")
			.param("naamEngels", "Neighbourhood coach").param("definitie", "Helpt bewoners op weg met hun plannen.")
			.param("definitieEngels", "Helps residents with their plans.").param("gewichtG1", "0,75")
			.param("gewichtG2", "0.5").param("themas", "eenzaamheid", "inspraak").param("werkgevers", "welzijnsorganisatie")
			.param("norm", "5000").with(user(this.coordinator.toString())).with(csrf()))
			.hasRedirectedUrl("/beheer/rollen#rol-" + code);

		var role = this.mvc.get().uri("/api/v1/roles/{code}", code).exchange();
		assertThat(role).hasStatusOk();
		assertThat(role).bodyJson().extractingPath("$.name").isEqualTo("Buurtcoach");
		assertThat(role).bodyJson().extractingPath("$.goals.G1").isEqualTo(0.75);
		assertThat(role).bodyJson().extractingPath("$.focus").asArray().containsExactlyInAnyOrder("eenzaamheid", "inspraak");
		assertThat(role).bodyJson().extractingPath("$.normInhabitants").isEqualTo(5000);
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'role-type-added' and subject_id = ?")
			.param(code).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void residentsMayNeitherSeeNorChangeTheTypologyHere() {
		assertThat(this.mvc.get().uri("/beheer/rollen").with(user(this.resident.toString()))).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/rollen/functienamen").param("rol", "wijkregisseur").param("titel", "Stiekem")
			.param("gemeente", "GM0344").with(user(this.resident.toString())).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/beheer/rollen").param("code", "stiekem").with(user(this.resident.toString()))
			.with(csrf())).hasStatus(403);
		assertThat(this.mvc.get().uri("/beheer/rollen")).hasRedirectedUrl("/inloggen");
		assertThat(aliases("Stiekem")).isZero();
	}

	private long aliases(String title) {
		return this.jdbc.sql("select count(*) from roles_alias where alias = ?").param(title).query(Long.class).single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
