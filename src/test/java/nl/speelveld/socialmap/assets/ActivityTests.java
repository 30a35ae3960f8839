package nl.speelveld.socialmap.assets;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.InvalidLookup;
import nl.speelveld.socialmap.AssetSummary;
import nl.speelveld.socialmap.Assets;
import nl.speelveld.socialmap.NearbyPlace;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Activities: who adds and changes them, what bad input gets, and the facade other modules use. */
@SpeelveldTest
class ActivityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	SocialMapFixture socialMap;

	@Autowired
	AssetsFixture assets;

	@Autowired
	Assets facade;

	@Autowired
	JdbcClient jdbc;

	private final String marker = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aProfessionalAddsAnActivityAtAPlaceAndEveryoneSeesIt() throws Exception {
		UserId professional = professional();
		UUID place = this.socialMap.place("Buurthuis " + this.marker, "buurthuis", "WK034406", 52.0911, 5.1222);
		String name = "Koffieochtend " + this.marker;
		var response = this.mvc.perform(post("/sociale-kaart/activiteiten/nieuw").param("naam", name)
			.param("beschrijving", "Samen koffie drinken.")
			.param("wanneer", "elke dinsdag 10-12 uur")
			.param("plek", place.toString())
			.with(user(professional.toString()))
			.with(csrf())).getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		UUID id = this.jdbc.sql("select id from smap_activity where name = ?").param(name).query(UUID.class).single();
		assertThat(response.getRedirectedUrl()).isEqualTo("/sociale-kaart/activiteiten/" + id + "/bewerken");

		assertThat(page(get("/activiteiten/{id}", id))).contains(name, "elke dinsdag 10-12 uur", "Buurthuis " + this.marker,
				"/plekken/" + place);
		assertThat(page(get("/api/v1/areas/{code}/assets", "WK034406").param("category", "activities")))
			.contains(name, "5.1222", "52.0911", "/activiteiten/" + id);
		assertThat(page(get("/gebied/{code}/buurtkaart", "WK034406"))).contains(name);
		assertThat(page(get("/activiteiten/{id}", id).with(user(professional.toString())))).contains("/bewerken");
		assertThat(page(get("/activiteiten/{id}", id))).doesNotContain("/sociale-kaart/activiteiten/" + id + "/bewerken");
	}

	@Test
	void badInputIsRefusedWithAMessage() throws Exception {
		UserId professional = professional();
		var response = this.mvc.perform(post("/sociale-kaart/activiteiten/nieuw").param("naam", "K")
			.param("breedtegraad", "noord")
			.param("lengtegraad", "5.1")
			.param("plek", "geen-plek")
			.with(user(professional.toString()))
			.with(csrf())).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"naam-error\"",
				"Vul minstens 2 tekens in.", "noord is geen geldige coördinaat.",
				"Deze plek staat niet (meer) op de sociale kaart. Kies een andere plek.");

		response = this.mvc.perform(post("/sociale-kaart/activiteiten/nieuw").param("naam", "Wandelen " + this.marker)
			.with(user(professional.toString()))
			.with(csrf())).getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"gebied-error\"",
				"Kies een plek, of vul een CBS-code, de postcode of de coördinaten in");
		assertThat(this.jdbc.sql("select count(*) from smap_activity where name like ?")
			.param("%" + this.marker)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theOwnerAndTheAreasCoordinatorChangeAnActivityOthersDoNot() throws Exception {
		UserId owner = professional();
		UUID activity = this.assets.activity("Wandelgroep " + this.marker, "WK034406", 52.09, 5.12, owner.value());
		UserId colleague = professional();
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		UUID organisation = this.accounts.organisation("Gemeente " + this.marker, OrganisationType.GEMEENTE, "GM0344");
		UserId coordinator = this.accounts.coordinator(AccountsFixture.email("coordinator"), organisation,
				new AreaCode("GM0344"));
		for (UserId refused : List.of(colleague, resident)) {
			assertThat(this.mvc.perform(change(activity, "Veranderd " + this.marker).with(user(refused.toString()))))
				.hasStatus(403);
		}
		assertThat(this.mvc.get().uri("/sociale-kaart/activiteiten/nieuw").with(user(resident.toString()))).hasStatus(403);
		assertThat(this.mvc.perform(change(activity, "Wandelclub " + this.marker).with(user(owner.toString()))))
			.hasStatus3xxRedirection();
		assertThat(this.mvc.perform(change(activity, "Wandelvereniging " + this.marker).with(user(coordinator.toString()))))
			.hasStatus3xxRedirection();
		assertThat(page(get("/activiteiten/{id}", activity))).contains("Wandelvereniging " + this.marker);
		assertThat(this.mvc.get().uri("/activiteiten/{id}", UUID.randomUUID())).hasStatus(404);
		assertThat(this.mvc.get().uri("/activiteiten/{id}", "geen-id")).hasStatus(404);
	}

	@Test
	void theFacadeFindsPlacesNearAPointNearestFirstAndPublicAssetsOfAnArea() {
		UUID here = this.socialMap.place("Dorpshuis " + this.marker, "dorpshuis", "WK034406", 52.08731, 5.11947);
		UUID near = this.socialMap.place("Speeltuin " + this.marker, "speeltuin", "WK034406", 52.08831, 5.11947);
		List<NearbyPlace> found = this.facade.placesNear(52.08731, 5.11947, 500, 50);
		assertThat(found).extracting(NearbyPlace::id).contains(here, near);
		assertThat(found.get(0).id()).isEqualTo(here);
		assertThat(found.get(0).distanceMetres()).isZero();
		NearbyPlace speeltuin = found.stream().filter(place -> place.id().equals(near)).findFirst().orElseThrow();
		assertThat(speeltuin.distanceMetres()).isBetween(105, 118);
		assertThat(speeltuin.kind()).isEqualTo("speeltuin");
		assertThat(speeltuin.area()).isEqualTo(new AreaCode("WK034406"));
		assertThat(found).extracting(NearbyPlace::distanceMetres).isSorted().allMatch(distance -> distance <= 500);
		assertThat(this.facade.placesNear(52.08731, 5.11947, 500, 1)).hasSize(1);
		assertThatThrownBy(() -> this.facade.placesNear(52.1, 5.1, 0, 10)).isInstanceOf(InvalidLookup.class);
		assertThatThrownBy(() -> this.facade.placesNear(152.1, 5.1, 100, 10)).isInstanceOf(InvalidLookup.class);

		UUID activity = this.assets.activity("Spelletjesmiddag " + this.marker, "WK034406", 52.09, 5.12, null);
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		this.assets.gift(resident.value(), "Niet openbaar " + this.marker, "WK034406", false);
		List<AssetSummary> assets = this.facade.publicAssetsIn(new AreaCode("WK034406"), Set.of("activities", "gifts"), 5000);
		assertThat(assets).extracting(AssetSummary::category).containsOnly("activities", "gifts");
		assertThat(assets).extracting(AssetSummary::id).contains(activity.toString());
		assertThat(assets).extracting(AssetSummary::name).doesNotContain("Niet openbaar " + this.marker);
		assertThat(this.facade.publicAssetsIn(new AreaCode("WK034406"), Set.of(), 3)).hasSize(3);
	}

	private MockHttpServletRequestBuilder change(UUID activity, String name) {
		return post("/sociale-kaart/activiteiten/{id}/bewerken", activity).param("naam", name)
			.param("gebied", "WK034406")
			.with(csrf());
	}

	private UserId professional() {
		UUID organisation = this.accounts.organisation("Buurtwerk " + this.marker, OrganisationType.WELZIJNSORGANISATIE,
				"GM0344");
		return this.accounts.professional(AccountsFixture.email("opbouwwerker"), organisation);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
