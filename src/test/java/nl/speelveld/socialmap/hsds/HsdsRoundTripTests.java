package nl.speelveld.socialmap.hsds;

import java.io.ByteArrayOutputStream;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Open Referral examples go in and come out the same: imported, then exported, they compare equal as
 * JSON trees (arrays in any order), everything Speelveld's tables do not model included. Importing again
 * changes nothing.
 */
@SpeelveldTest
class HsdsRoundTripTests {

	@Autowired
	HsdsImporter importer;

	@Autowired
	HsdsExporter exporter;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HsdsFixture fixture;

	@Test
	void theFullOrganizationExampleComesBackUnchanged() {
		var examples = new HsdsExamples(this.json);
		ObjectNode organization = examples.read("organization_full.json");
		ObjectNode dataset = JsonNodeFactory.instance.objectNode();
		dataset.putArray("organizations").add(organization);

		HsdsImportReport first = this.importer.importFile(examples.bytes(dataset), "organization_full.json");

		assertThat(first.errors()).isEmpty();
		assertThat(first.imported()).isTrue();
		assertThat(first.organizations()).isEqualTo(1);
		assertThat(first.locations()).isEqualTo(1);
		assertThat(first.services()).isEqualTo(1);
		assertThat(first.servicesAtLocations()).isEqualTo(1);
		// The example's location lies at latitude 100: kept, but not put on the map.
		assertThat(first.notes()).extracting(ImportProblem::messageKey).contains("hsds.import.coordinates-kept");
		assertEquivalent(find(export().path("organizations"), organization), organization);

		HsdsImportReport again = this.importer.importFile(examples.bytes(dataset), "organization_full.json");

		assertThat(again.imported()).isTrue();
		assertThat(again.added()).isZero();
		assertEquivalent(find(export().path("organizations"), organization), organization);
	}

	@Test
	void whatTheTablesModelLandsInThemAndLaterChangesInSpeelveldWin() {
		var examples = new HsdsExamples(this.json);
		ObjectNode organization = examples.read("organization_full.json");
		HsdsImportReport report = this.importer.importFile(examples.bytes(organization), "organization_full.json");
		assertThat(report.errors()).isEmpty();
		assertThat(report.organizations()).isEqualTo(1);
		String serviceId = organization.at("/services/0/id").asString();
		String locationId = organization.at("/locations/0/id").asString();

		assertThat(this.jdbc.sql("select name || '|' || phone || '|' || website from smap_organisation where id = ?::uuid")
			.param(organization.get("id").asString()).query(String.class).single())
			.isEqualTo("Example Organization Inc.|\"+44 1234 234567\"|http://example.com");
		assertThat(this.jdbc.sql("select street || '|' || city || '|' || accessibility from smap_place where id = ?::uuid")
			.param(locationId).query(String.class).single()).startsWith("1-30 Main Street|MyCity|The building is equipped");
		assertThat(this.jdbc.sql("select name || '|' || last_confirmed from smap_service where id = ?::uuid").param(serviceId)
			.query(String.class).single()).isEqualTo("Community Counselling|2005-01-01");
		String remainder = this.jdbc.sql("select hsds_remainder::text from smap_service where id = ?::uuid").param(serviceId)
			.query(String.class).single();
		assertThat(remainder).contains("alternate_name", "cost_options").doesNotContain("Community Counselling");

		this.jdbc.sql("update smap_service set name = 'Gesprekken in de buurt', updated_at = now() where id = ?::uuid")
			.param(serviceId).update();
		JsonNode service = find(find(export().path("organizations"), organization).path("services"),
				organization.at("/services/0"));

		assertThat(service.path("name").asString()).isEqualTo("Gesprekken in de buurt");
		assertThat(service.path("alternate_name").asString()).isEqualTo("MyCity Counselling Services");
		assertThat(service.path("last_modified").asString()).isNotEqualTo("2023-03-15T10:30:45.123Z");
	}

	@Test
	void theFullServiceExampleComesBackWithItsOrganization() {
		var examples = new HsdsExamples(this.json);
		ObjectNode service = examples.read("service_full.json");

		HsdsImportReport report = this.importer.importFile(examples.bytes(service), "service_full.json");

		assertThat(report.errors()).isEmpty();
		JsonNode organization = find(export().path("organizations"), service.get("organization"));
		assertEquivalent(HsdsExamples.without(organization, "services"), service.get("organization"));
		assertEquivalent(find(organization.path("services"), service), HsdsExamples.without(service, "organization"));
	}

	@Test
	void theServiceAtLocationExampleComesBackInItsService() {
		var examples = new HsdsExamples(this.json);
		ObjectNode atLocation = examples.read("service_at_location_full.json");

		HsdsImportReport report = this.importer.importFile(examples.bytes(atLocation), "service_at_location_full.json");

		assertThat(report.errors()).isEmpty();
		JsonNode service = atLocation.get("service");
		JsonNode organization = find(export().path("organizations"), service.get("organization"));
		JsonNode exportedService = find(organization.path("services"), service);
		assertEquivalent(HsdsExamples.without(exportedService, "service_at_locations"),
				HsdsExamples.without(service, "organization"));
		assertEquivalent(find(exportedService.path("service_at_locations"), atLocation),
				HsdsExamples.without(atLocation, "service"));
	}

	@Test
	void aLocationOfNoOrganizationComesBackOnItsOwn() {
		var examples = new HsdsExamples(this.json);
		ObjectNode location = examples.read("location.json");

		HsdsImportReport report = this.importer.importFile(examples.bytes(location), "location.json");

		assertThat(report.errors()).isEmpty();
		assertEquivalent(find(export().path("locations"), location), location);
	}

	@Test
	void speelveldsOwnExportComesBackTheSameAfterImportingIt() {
		var entries = this.fixture.utrecht();
		JsonNode before = find(export().path("organizations"), organization(entries.organisation().toString()));
		ObjectNode dataset = JsonNodeFactory.instance.objectNode();
		dataset.putArray("organizations").add(before);

		HsdsImportReport report = this.importer.importFile(this.json.writeValueAsBytes(dataset), "utrecht.json");

		assertThat(report.errors()).isEmpty();
		assertThat(report.notes()).extracting(ImportProblem::messageKey).containsExactly("hsds.import.post-skipped");
		assertThat(report.added()).isZero();
		assertEquivalent(find(export().path("organizations"), before), before);
	}

	private static JsonNode organization(String id) {
		return JsonNodeFactory.instance.objectNode().put("id", id);
	}

	private JsonNode export() {
		var out = new ByteArrayOutputStream();
		this.exporter.export(null, out);
		return this.json.readTree(out.toByteArray());
	}

	private static JsonNode find(JsonNode array, JsonNode wanted) {
		for (JsonNode element : array) {
			if (element.path("id").equals(wanted.path("id"))) {
				return element;
			}
		}
		throw new AssertionError("Not exported: " + wanted.path("id"));
	}

	private static void assertEquivalent(JsonNode exported, JsonNode original) {
		assertThat(HsdsExamples.normal(exported).toPrettyString()).isEqualTo(HsdsExamples.normal(original).toPrettyString());
	}

}
