package nl.speelveld.socialmap.assets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Gifts are kept with consent only, belong to the resident who shared them, are seen by professionals with
 * who shared them, and go everywhere at once when withdrawn or when the account is erased.
 */
@SpeelveldTest
class GiftTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	AssetsFixture assets;

	@Autowired
	JdbcClient jdbc;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void withoutConsentNothingIsStoredAndTheFieldSaysWhy() throws Exception {
		UserId resident = resident();
		MockHttpServletRequestBuilder form = post("/mijn-gaven").param("tekst", "Ik kan goed koken " + this.marker)
			.param("soort", "gave")
			.param("postcode", "3511")
			.with(user(resident.toString()))
			.with(csrf());
		var response = this.mvc.perform(form).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"toestemming-error\"",
				"Zet een vinkje als je het goed vindt dat we je gave bewaren. Zonder vinkje slaan we niets op.",
				"Ik kan goed koken " + this.marker);
		assertThat(this.assets.giftsOf(resident.value())).isEmpty();
	}

	@Test
	void badInputIsRefusedWithAMessageNextToTheField() throws Exception {
		UserId resident = resident();
		var response = this.mvc.perform(post("/mijn-gaven").param("tekst", "x".repeat(301))
			.param("soort", "iets")
			.param("postcode", "12")
			.param("toestemming", "ja")
			.with(user(resident.toString()))
			.with(csrf())).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"tekst-error\"",
				"Gebruik ten hoogste 300 tekens.", "id=\"soort-error\"", "id=\"postcode-error\"", "Dit is geen postcode.");
		assertThat(this.assets.giftsOf(resident.value())).isEmpty();
	}

	@Test
	void aResidentSharesMakesPublicAndWithdrawsTheirGift() throws Exception {
		UserId resident = resident();
		String text = "Ik repareer naaimachines " + this.marker;
		assertThat(this.mvc.perform(post("/mijn-gaven").param("tekst", text)
			.param("soort", "vaardigheid")
			.param("postcode", "3511 AB")
			.param("openbaar", "ja")
			.param("toestemming", "ja")
			.with(user(resident.toString()))
			.with(csrf()))).hasStatus3xxRedirection().hasRedirectedUrl("/mijn-gaven");
		List<String> stored = this.assets.giftsOf(resident.value());
		assertThat(stored).singleElement().asString().contains(text, "public", "0344");
		String area = stored.get(0).substring(stored.get(0).lastIndexOf(' ') + 1);
		UUID id = giftId(resident);
		assertThat(page(get("/mijn-gaven").with(user(resident.toString())))).contains(text);
		assertThat(page(get("/gebied/{code}/buurtkaart", area))).contains(text);

		this.mvc.perform(post("/mijn-gaven/{id}/zichtbaarheid", id).param("zichtbaar", "professionals")
			.with(user(resident.toString()))
			.with(csrf()));
		assertThat(page(get("/gebied/{code}/buurtkaart", area))).doesNotContain(text);
		assertThat(page(get("/api/v1/areas/{code}/assets", area))).doesNotContain(text);

		assertThat(this.mvc.perform(post("/mijn-gaven/{id}/intrekken", id).with(user(resident.toString())).with(csrf())))
			.hasStatus3xxRedirection();
		assertThat(this.assets.giftExists(id)).isFalse();
		assertThat(page(get("/mijn-gaven").with(user(resident.toString())))).doesNotContain(text);
		UserId professional = professional();
		assertThat(page(get("/gebied/{code}/gaven", area).with(user(professional.toString())))).doesNotContain(text);
	}

	@Test
	void nobodyButTheResidentChangesOrWithdrawsTheirGift() throws Exception {
		UserId resident = resident();
		UUID gift = this.assets.gift(resident.value(), "Ik heb een ladder " + this.marker, "WK034406", false);
		UserId neighbour = this.accounts.person(AccountsFixture.email("buurvrouw"), "Buurvrouw");
		UserId administrator = this.accounts.administrator(AccountsFixture.email("beheerder"));
		for (UserId other : List.of(neighbour, administrator)) {
			assertThat(this.mvc.perform(post("/mijn-gaven/{id}/intrekken", gift).with(user(other.toString())).with(csrf())))
				.hasStatus(403);
			assertThat(this.mvc.perform(post("/mijn-gaven/{id}/zichtbaarheid", gift).param("zichtbaar", "public")
				.with(user(other.toString()))
				.with(csrf()))).hasStatus(403);
		}
		assertThat(this.assets.giftsOf(resident.value())).singleElement().asString().contains("professionals");
		assertThat(this.mvc.perform(post("/mijn-gaven/{id}/intrekken", UUID.randomUUID()).with(user(neighbour.toString()))
			.with(csrf()))).hasStatus(404);
		assertThat(this.mvc.perform(post("/mijn-gaven/{id}/intrekken", "geen-id").with(user(neighbour.toString()))
			.with(csrf()))).hasStatus(404);
		assertThat(this.mvc.perform(post("/mijn-gaven/{id}/intrekken", gift).with(csrf())).getResponse().getRedirectedUrl())
			.endsWith("/inloggen");
	}

	@Test
	void professionalsSeeEveryGiftWithWhoSharedItAndThatIsAudited() throws Exception {
		String name = "Rosa Ruil" + this.marker;
		String email = AccountsFixture.email("rosa");
		UserId resident = this.accounts.person(email, name);
		String text = "Alleen voor professionals " + this.marker;
		this.assets.gift(resident.value(), text, "BU03440625", false);
		UserId professional = professional();
		assertThat(page(get("/gebied/{code}/gaven", "WK034406").with(user(professional.toString())))).contains(text, name,
				email);
		assertThat(this.jdbc.sql("select count(*) from acc_audit where actor_id = ? and action = 'gifts-viewed'"
				+ " and subject_id = 'WK034406'").param(professional.value()).query(Integer.class).single()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/gebied/{code}/gaven", "WK034406").with(user(resident.toString()))).hasStatus(403);
		assertThat(page(get("/gebied/{code}/buurtkaart", "WK034406").with(user(resident.toString())))).doesNotContain(text);
		assertThat(page(get("/gebied/{code}/buurtkaart", "WK034406").with(user(professional.toString()))))
			.doesNotContain(text)
			.contains("/gebied/WK034406/gaven");
	}

	@Test
	void giftsAreInThePersonalDataDownloadAndGoneAfterErasure() throws Exception {
		UserId resident = resident();
		String text = "Ik kan breien " + this.marker;
		UUID gift = this.assets.gift(resident.value(), text, "WK034406", true);
		assertThat(page(get("/account/gegevens").with(user(resident.toString())))).contains("\"assets\"", "smap_gift",
				text);
		assertThat(this.mvc.perform(post("/account/verwijderen").param("zeker", "ja")
			.with(user(resident.toString()))
			.with(csrf()))).hasStatus3xxRedirection();
		assertThat(this.assets.giftExists(gift)).isFalse();
		assertThat(page(get("/gebied/{code}/buurtkaart", "WK034406"))).doesNotContain(text);
	}

	private UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner " + this.marker);
	}

	private UserId professional() {
		UUID organisation = this.accounts.organisation("Buurtwerk " + this.marker, OrganisationType.WELZIJNSORGANISATIE,
				"GM0344");
		return this.accounts.professional(AccountsFixture.email("opbouwwerker"), organisation);
	}

	private UUID giftId(UserId resident) {
		return this.jdbc.sql("select id from smap_gift where user_id = ?").param(resident.value()).query(UUID.class).single();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
