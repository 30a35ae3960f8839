package nl.speelveld.socialmap.hsds.web;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.socialmap.hsds.HsdsTaxonomy;
import nl.speelveld.socialmap.hsds.HsdsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What the HSDS API says about the social map, and how it answers requests it cannot serve. */
@SpeelveldTest
class HsdsApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	HsdsFixture fixture;

	private HsdsFixture.Entries entries;

	@BeforeEach
	void makeEntries() {
		this.entries = this.fixture.utrecht();
	}

	@Test
	void aPostIsAServiceOfItsOrganisationWithTheProfessionalAsContact() {
		var post = this.mvc.get().uri("/api/hsds/v3/services/{id}", this.entries.post()).exchange();

		assertThat(post).hasStatusOk();
		assertThat(post).bodyJson().extractingPath("$.name").isEqualTo("Sociaal makelaar West");
		assertThat(post).bodyJson().extractingPath("$.organization.name").isEqualTo(this.entries.name());
		assertThat(post).bodyJson().extractingPath("$.contacts[0].name").isEqualTo("Sanne de Vries");
		assertThat(post).bodyJson().extractingPath("$.contacts[0].title").isEqualTo("Sociaal makelaar");
		assertThat(post).bodyJson().extractingPath("$.service_areas[*].extent").asArray().containsExactly("WK034401", "WK034402");
		assertThat(post).bodyJson().extractingPath("$.service_areas[0].name").isEqualTo("Wijk 01 West");
		assertThat(post).bodyJson().extractingPath("$.attributes[*].taxonomy_term.code").asArray()
			.containsExactlyInAnyOrder("sociaal-makelaar", "ontmoeting", "eenzaamheid");
		assertThat(post).bodyJson().extractingPath("$.languages[*].code").asArray().containsExactly("nl", "en");
	}

	@Test
	void aServiceHasItsPlaceWithOpeningHoursAsWeeklySchedules() {
		var service = this.mvc.get().uri("/api/hsds/v3/services/{id}", this.entries.service()).exchange();

		assertThat(service).bodyJson().extractingPath("$.service_at_locations[0].location.name")
			.isEqualTo("Buurthuis " + this.entries.name());
		assertThat(service).bodyJson().extractingPath("$.service_at_locations[0].location.schedules[*].byday").asArray()
			.containsExactly("MO,TU,WE,TH,FR", "SA");
		assertThat(service).bodyJson().extractingPath("$.service_at_locations[0].location.schedules[1].closes_at")
			.isEqualTo("12:00");
		assertThat(service).bodyJson().extractingPath("$.service_at_locations[0].location.addresses[0].postal_code")
			.isEqualTo("3531 CJ");
		assertThat(service).bodyJson().extractingPath("$.organization.website").isEqualTo("https://www.buurtwerk-test.nl");
	}

	@Test
	void listsArePagedAndFilteredTheHsdsWay() {
		String wijkagent = HsdsTaxonomy.ROLE_TYPES.termId("sociaal-makelaar").toString();
		var page = this.mvc.get()
			.uri("/api/hsds/v3/services?organization_id={id}&taxonomy_term_id={term}&per_page=1", this.entries.organisation(),
					wijkagent)
			.exchange();

		assertThat(page).bodyJson().extractingPath("$.total_items").isEqualTo(1);
		assertThat(page).bodyJson().extractingPath("$.contents[0].id").isEqualTo(this.entries.post().toString());
		assertThat(page).bodyJson().extractingPath("$.first_page").isEqualTo(true);
		assertThat(page).bodyJson().doesNotHavePath("$.contents[0].contacts");
		var both = this.mvc.get().uri("/api/hsds/v3/services?organization_id={id}&per_page=1&page=2", this.entries.organisation())
			.exchange();
		assertThat(both).bodyJson().extractingPath("$.total_items").isEqualTo(2);
		assertThat(both).bodyJson().extractingPath("$.total_pages").isEqualTo(2);
		assertThat(both).bodyJson().extractingPath("$.last_page").isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/hsds/v3/services?search={name}", "Samen eten " + this.entries.name()))
			.bodyJson().extractingPath("$.total_items").isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/hsds/v3/service_at_locations?organization_id={id}&postcode=3531",
				this.entries.organisation())).bodyJson().extractingPath("$.total_items").isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/hsds/v3/organizations?search={name}&area=GM0363", this.entries.name()))
			.bodyJson().extractingPath("$.empty").isEqualTo(true);
	}

	@Test
	void unknownIdsAreNotFound() {
		for (String uri : new String[] { "/api/hsds/v3/services/6f1c2a3b-1234-4cde-8f00-123456789abc",
				"/api/hsds/v3/organizations/6f1c2a3b-1234-4cde-8f00-123456789abc", "/api/hsds/v3/service_at_locations/kapot",
				"/api/hsds/v3/taxonomies/6f1c2a3b-1234-4cde-8f00-123456789abc", "/api/hsds/v3/taxonomy_terms/x" }) {
			var response = this.mvc.get().uri(uri).exchange();
			assertThat(response).as(uri).hasStatus(404);
			assertThat(response).as(uri).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void malformedParametersAreBadRequestsThatSayWhy() {
		expectBadRequest("/api/hsds/v3/services?page=0", "Pagina''s tellen vanaf 1".replace("''", "'"));
		expectBadRequest("/api/hsds/v3/services?per_page=1000", "ligt tussen 1 en 200");
		expectBadRequest("/api/hsds/v3/services?page=twee", "page");
		expectBadRequest("/api/hsds/v3/services?organization_id=abc", "'abc' is geen geldige id voor organization_id");
		expectBadRequest("/api/hsds/v3/services?modified_after=gisteren", "'gisteren' is geen datum of tijdstip");
		expectBadRequest("/api/hsds/v3/services?area=Utrecht", "'Utrecht' is geen CBS-gebiedscode");
		expectBadRequest("/api/hsds/v3/services?postcode=abc", "'abc' is geen Nederlandse postcode");
		expectBadRequest("/api/hsds/v3/organizations?format=ndjson", "alleen json");
		expectBadRequest("/api/hsds/v3/service_at_locations?proximity=500", "proximity");
		expectBadRequest("/api/hsds/v3/taxonomy_terms?taxonomy_id=1", "taxonomy_id");
	}

	private void expectBadRequest(String uri, String detail) {
		var response = this.mvc.get().uri(uri).exchange();
		assertThat(response).as(uri).hasStatus(400);
		assertThat(response).as(uri).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response).as(uri).bodyJson().extractingPath("$.detail").asString().contains(detail);
	}

}
