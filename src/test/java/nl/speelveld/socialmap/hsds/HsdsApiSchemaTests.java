package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;

import com.networknt.schema.Schema;
import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HSDS endpoint answers with JSON that the official HSDS 3.0 schemas accept, without a single error:
 * for entries made here, and for everything the social map holds in Utrecht (GM0344), demo data included.
 */
@SpeelveldTest
class HsdsApiSchemaTests {

	private static final HsdsSchemas SCHEMAS = new HsdsSchemas();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	HsdsFixture fixture;

	private final List<String> problems = new ArrayList<>();

	private int checked;

	@BeforeEach
	void makeEntries() {
		this.fixture.utrecht();
	}

	@Test
	void theRootDescribesTheApi() {
		JsonNode root = check("/api/hsds/v3/", SCHEMAS.response("/"));

		assertThat(root.path("version").asString()).isEqualTo("3.0");
		assertThat(root.path("openapi_url").asString()).endsWith("/v3/api-docs");
		assertThat(this.problems).isEmpty();
	}

	@Test
	void everythingInUtrechtIsValidHsds() {
		for (JsonNode organization : all("/api/hsds/v3/organizations?area=GM0344", "/organizations")) {
			String id = organization.path("id").asString();
			check("/api/hsds/v3/organizations/" + id, SCHEMAS.response("/organizations/{id}"));
			check("/api/hsds/v3/organizations/" + id + "?full_service=true", SCHEMAS.response("/organizations/{id}"));
		}
		for (JsonNode service : all("/api/hsds/v3/services?area=GM0344", "/services")) {
			check("/api/hsds/v3/services/" + service.path("id").asString(), SCHEMAS.response("/services/{id}"));
		}
		for (JsonNode atLocation : all("/api/hsds/v3/service_at_locations?area=GM0344", "/service_at_locations")) {
			// The HSDS 3.0 OpenAPI names the service schema here; a service_at_location is what the path serves.
			check("/api/hsds/v3/service_at_locations/" + atLocation.path("id").asString(),
					SCHEMAS.schema("compiled/service_at_location.json"));
		}
		assertThat(this.checked).isGreaterThan(6);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void fullListsHoldFullObjects() {
		for (JsonNode service : check("/api/hsds/v3/services?area=GM0344&full=true&per_page=20", SCHEMAS.response("/services"))
			.path("contents")) {
			record(SCHEMAS.schema("compiled/service.json"), service, "full service " + service.path("id"));
		}
		for (JsonNode organization : check("/api/hsds/v3/organizations?area=GM0344&full=true&full_service=true&per_page=20",
				SCHEMAS.response("/organizations")).path("contents")) {
			record(SCHEMAS.schema("compiled/organization.json"), organization, "full organization " + organization.path("id"));
		}
		for (JsonNode atLocation : check("/api/hsds/v3/service_at_locations?area=GM0344&full=true&per_page=20",
				SCHEMAS.response("/service_at_locations")).path("contents")) {
			record(SCHEMAS.schema("compiled/service_at_location.json"), atLocation, "full service_at_location");
		}
		assertThat(this.problems).isEmpty();
	}

	@Test
	void taxonomiesAndEveryTermAreValid() {
		for (JsonNode taxonomy : all("/api/hsds/v3/taxonomies", "/taxonomies")) {
			check("/api/hsds/v3/taxonomies/" + taxonomy.path("id").asString(), SCHEMAS.response("/taxonomies/{id}"));
		}
		List<JsonNode> terms = all("/api/hsds/v3/taxonomy_terms", "/taxonomy_terms");
		for (JsonNode term : terms.subList(0, Math.min(terms.size(), 60))) {
			check("/api/hsds/v3/taxonomy_terms/" + term.path("id").asString(), SCHEMAS.response("/taxonomy_terms/{id}"));
		}
		assertThat(terms).hasSizeGreaterThan(19 + 24);
		assertThat(this.problems).isEmpty();
	}

	@Test
	void theSchemasCatchMistakes() {
		JsonNode wrong = this.json.readTree("""
				{"id": "not-a-uuid", "status": "open", "url": "www.example.nl", "email": "nobody",
				 "service_areas": [{"name": "no id"}]}""");
		JsonNode badPage = this.json.readTree("""
				{"total_items": "many", "contents": [{"id": "1f2df32c-bf08-4b8e-bd6f-e834014b19bc"}]}""");

		assertThat(HsdsSchemas.errors(SCHEMAS.schema("compiled/service.json"), wrong)).hasSizeGreaterThanOrEqualTo(6)
			.anySatisfy(error -> assertThat(error).contains("uuid"))
			.anySatisfy(error -> assertThat(error).contains("name"))
			.anySatisfy(error -> assertThat(error).contains("email"));
		assertThat(HsdsSchemas.errors(SCHEMAS.response("/services"), badPage)).hasSizeGreaterThanOrEqualTo(3);
	}

	/** Every item of a list, page by page, each page checked against the list's response schema. */
	private List<JsonNode> all(String uri, String apiPath) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 1; page < 100; page++) {
			JsonNode body = check(uri + (uri.contains("?") ? "&" : "?") + "per_page=100&page=" + page, SCHEMAS.response(apiPath));
			body.path("contents").forEach(items::add);
			if (body.path("last_page").asBoolean(true)) {
				break;
			}
		}
		return items;
	}

	private JsonNode check(String uri, Schema schema) {
		var response = this.mvc.get().uri(uri).exchange();
		assertThat(response).as(uri).hasStatusOk();
		JsonNode body = this.json.readTree(response.getResponse().getContentAsByteArray());
		record(schema, body, uri);
		return body;
	}

	private void record(Schema schema, JsonNode body, String what) {
		this.checked++;
		HsdsSchemas.errors(schema, body).forEach(error -> this.problems.add(what + ": " + error));
	}

}
