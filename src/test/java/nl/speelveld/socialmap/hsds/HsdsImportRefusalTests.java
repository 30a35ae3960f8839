package nl.speelveld.socialmap.hsds;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad HSDS files are refused whole, with every problem named at its place in the file; nothing changes. */
@SpeelveldTest
class HsdsImportRefusalTests {

	@Autowired
	HsdsImporter importer;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void somethingThatIsNotJsonIsRefusedWithWhereItBroke() {
		HsdsImportReport report = importText("{\"organizations\": [{\"id\": \"x\",\n \"name\": ");

		assertThat(report.imported()).isFalse();
		assertThat(describe(report)).containsExactly("$: Het bestand is geen geldige JSON (regel 2, teken 10). "
				+ "Is het afgebroken of is het een ander soort bestand?");
		assertThat(importText("Naam;Adres\nBuurthuis;Straat 1").errors()).extracting(ImportProblem::messageKey)
			.containsExactly("hsds.import.not-json");
	}

	@Test
	void jsonOfAnotherShapeIsRefused() {
		assertThat(importText("42").errors()).extracting(ImportProblem::messageKey).containsExactly("hsds.import.shape");
		assertThat(importText("{\"organizations\": []}").errors()).extracting(ImportProblem::messageKey)
			.containsExactly("hsds.import.empty");
		assertThat(importText("{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"x\", \"description\": \"y\", \"version\": \"1\"}")
			.errors()).extracting(ImportProblem::messageKey).containsExactly("hsds.import.taxonomy");
	}

	@Test
	void wrongTypesMissingFieldsAndBadValuesAreAllListedWithTheirPaths() {
		String name = "Weigering " + UUID.randomUUID();
		ObjectNode dataset = this.json.readValue("""
				{"organizations": [
				  {"id": "%s", "name": "%s", "description": 12, "website": "www.example.nl",
				   "services": [{"id": "not-a-uuid", "status": "open"}],
				   "locations": [{"id": "%s", "latitude": "north", "location_type": "physical"}]},
				  {"id": "%s", "name": "%s"}
				]}""".formatted(UUID.randomUUID(), name, UUID.randomUUID(), UUID.randomUUID(), name), ObjectNode.class);

		HsdsImportReport report = this.importer.importFile(this.json.writeValueAsBytes(dataset), "kapot.json");

		assertThat(report.imported()).isFalse();
		assertThat(describe(report)).contains(
				"$.organizations[0].description: Hier hoort tekst, maar er staat een getal.",
				"$.organizations[0].website: 'www.example.nl' is geen volledig webadres. Begin met https://.",
				"$.organizations[0].locations[0].latitude: Hier hoort een getal, maar er staat tekst.",
				"$.organizations[0].services[0].id: 'not-a-uuid' is geen geldige id. Een id is een UUID, zoals 6f1c2a3b-1234-4cde-8f00-123456789abc.",
				"$.organizations[0].services[0].name: Dit veld is verplicht, maar ontbreekt.",
				"$.organizations[1].description: Dit veld is verplicht, maar ontbreekt.");
		assertThat(describe(report)).anySatisfy(line -> assertThat(line).startsWith(
				"$.organizations[0].services[0].status: 'open' mag hier niet. Kies uit: active, inactive"));
		assertThat(organisationsNamed(name)).isZero();
	}

	@Test
	void referencesToEntriesThatExistNowhereAreRefused() {
		UUID organisation = UUID.randomUUID();
		String service = """
				{"id": "%s", "name": "Losse dienst", "status": "active", "organization_id": "%s",
				 "service_at_locations": [{"id": "%s", "location_id": "%s"}]}"""
			.formatted(UUID.randomUUID(), organisation, UUID.randomUUID(), UUID.randomUUID());

		HsdsImportReport report = importText(service);

		assertThat(report.errors()).extracting(ImportProblem::messageKey)
			.containsExactlyInAnyOrder("hsds.import.unknown-organization", "hsds.import.unknown-location");
		assertThat(report.errors()).extracting(ImportProblem::path)
			.containsExactlyInAnyOrder("$.organization_id", "$.service_at_locations[0].location_id");
	}

	@Test
	void oneIdForTwoDifferentEntriesIsRefusedAndNothingIsWritten() {
		String name = "Dubbel " + UUID.randomUUID();
		UUID location = UUID.randomUUID();
		String dataset = """
				{"organizations": [{"id": "%s", "name": "%s", "description": "",
				  "locations": [{"id": "%s", "location_type": "physical", "name": "Eerste"}]}],
				 "locations": [{"id": "%s", "location_type": "physical", "name": "Tweede"}]}"""
			.formatted(UUID.randomUUID(), name, location, location);

		HsdsImportReport report = importText(dataset);

		assertThat(report.errors()).extracting(ImportProblem::messageKey).containsExactly("hsds.import.duplicate-id");
		assertThat(report.errors().get(0).path()).isEqualTo("$.locations[0]");
		assertThat(organisationsNamed(name)).isZero();
	}

	@Test
	void aTooShortNameStopsTheWholeImport() {
		String name = "Goed " + UUID.randomUUID();
		String dataset = """
				{"organizations": [{"id": "%s", "name": "%s", "description": ""}, {"id": "%s", "name": "X", "description": ""}]}"""
			.formatted(UUID.randomUUID(), name, UUID.randomUUID());

		HsdsImportReport report = importText(dataset);

		assertThat(report.errors()).extracting(ImportProblem::path).containsExactly("$.organizations[1].name");
		assertThat(organisationsNamed(name)).isZero();
	}

	@Test
	void aHugeFileIsRefusedBeforeItIsRead() {
		byte[] huge = new byte[(int) this.importer.maxBytes() + 1];
		Arrays.fill(huge, (byte) ' ');

		HsdsImportReport report = this.importer.importFile(huge, "groot.json");

		assertThat(report.imported()).isFalse();
		assertThat(describe(report)).singleElement().asString().startsWith("$: Het bestand is 20,0 MB. Dat is te groot")
			.isNotEmpty();
	}

	@Test
	void reservedNamesAreRefused() {
		String dataset = """
				{"id": "%s", "name": "Vereniging", "description": "", "@array": 1}""".formatted(UUID.randomUUID());

		assertThat(importText(dataset).errors()).extracting(ImportProblem::path).containsExactly("$.@array");
	}

	private HsdsImportReport importText(String text) {
		return this.importer.importFile(text.getBytes(StandardCharsets.UTF_8), "test.json");
	}

	private java.util.List<String> describe(HsdsImportReport report) {
		return report.problems().stream()
			.map(problem -> problem.path() + ": " + problem.describe(this.messages, Locale.forLanguageTag("nl")))
			.toList();
	}

	private long organisationsNamed(String name) {
		return this.jdbc.sql("select count(*) from smap_organisation where name = ?").param(name).query(Long.class).single();
	}

}
