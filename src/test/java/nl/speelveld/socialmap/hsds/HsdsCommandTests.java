package nl.speelveld.socialmap.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.speelveld.SpeelveldTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar speelveld.jar import hsds FILE} and {@code export hsds [--area CODE] FILE}, as an operator uses them. */
@SpeelveldTest
class HsdsCommandTests {

	@TempDir
	Path folder;

	@Autowired
	HsdsImporter importer;

	@Autowired
	HsdsExporter exporter;

	@Autowired
	MessageSource messages;

	@Autowired
	JsonMapper json;

	@Autowired
	HsdsFixture fixture;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private HsdsCommand command;

	@BeforeEach
	void prepareCommand() {
		this.command = new HsdsCommand(this.importer, this.exporter, this.messages);
		this.command.printTo(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importsAnExampleAndSaysWhatItDid() throws IOException {
		var examples = new HsdsExamples(this.json);
		Path file = Files.write(this.folder.resolve("organisatie.json"), examples.bytes(examples.read("organization_full.json")));

		int exit = this.command.execute(List.of("import", "hsds", file.toString()));

		assertThat(exit).as(text(this.err)).isZero();
		assertThat(text(this.out)).contains("LET OP  $.locations[0]: De plek 100.0, 101.0 ligt niet op aarde",
				"Ingelezen: 1 organisaties, 1 locaties, 1 diensten en 1 diensten op een locatie (3 nieuw)");
	}

	@Test
	void exportsOneGemeenteToAFile() throws IOException {
		var entries = this.fixture.utrecht();
		Path file = this.folder.resolve("utrecht.json");

		int exit = this.command.execute(List.of("export", "hsds", "--area", "gm0344", file.toString()));

		assertThat(exit).as(text(this.err)).isZero();
		JsonNode dataset = this.json.readTree(file.toFile());
		assertThat(dataset.path("area").asString()).isEqualTo("GM0344");
		assertThat(dataset.path("organizations").findValuesAsString("id")).contains(entries.organisation().toString(),
				entries.post().toString(), entries.service().toString(), entries.place().toString());
		assertThat(text(this.out)).contains("Geschreven naar " + file);
	}

	@Test
	void listsEveryProblemAndExitsWithOneWhenNothingWasImported() throws IOException {
		Path file = Files.writeString(this.folder.resolve("kapot.json"), "[{\"id\": \"x\", \"name\": 3}]");

		int exit = this.command.execute(List.of("import", "hsds", file.toString()));

		assertThat(exit).isEqualTo(HsdsCommand.FAILED);
		assertThat(text(this.err)).contains("FOUT  $[0].id: 'x' is geen geldige id", "FOUT  $[0].name: Hier hoort tekst",
				"FOUT  $[0].description: Dit veld is verplicht", "Niets ingelezen: 3 fouten. De gegevens zijn ongewijzigd.");
	}

	@Test
	void explainsItsUsage() {
		assertThat(this.command.execute(List.of("import", "hsds"))).isEqualTo(HsdsCommand.USAGE);
		assertThat(this.command.execute(List.of("import", "hsds", "--area", "GM0344", "x.json"))).isEqualTo(HsdsCommand.USAGE);
		assertThat(this.command.execute(List.of("export", "hsds", "--area", "Utrecht", "x.json"))).isEqualTo(HsdsCommand.USAGE);
		assertThat(this.command.execute(List.of("import", "hsds", this.folder.resolve("nope.json").toString())))
			.isEqualTo(HsdsCommand.USAGE);
		assertThat(text(this.err)).contains("Gebruik: java -jar speelveld.jar import hsds BESTAND",
				"'Utrecht' is geen CBS-gebiedscode", "bestaat niet of is niet te lezen");
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
