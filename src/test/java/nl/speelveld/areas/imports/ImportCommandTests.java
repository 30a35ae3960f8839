package nl.speelveld.areas.imports;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar speelveld.jar import ...} as an operator uses it, exit codes included. */
@SpeelveldTest
class ImportCommandTests {

	@TempDir
	Path folder;

	@Autowired
	AreaImporter areas;

	@Autowired
	PostcodeImporter postcodes;

	@Autowired
	MessageSource messages;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private ImportCommand command;

	@BeforeEach
	void prepareCommand() {
		this.command = new ImportCommand(this.areas, this.postcodes, this.messages);
		this.command.printTo(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importsFilesShowsProgressAndExitsWithZero() throws IOException {
		Path gemeenten = write("gemeenten.geojson", CbsFixture.collection(CbsFixture.feature("gemeentecode", "GM0007",
				"gemeentenaam", "Commandodorp", CbsFixture.box(6.0, 52.0, 6.1, 52.1))));
		Path figures = write("cijfers.csv", "code,aantal_inwoners\nGM0007,321\n");

		int exit = this.command.execute(List.of("import", "cbs", "--year", "1998", gemeenten.toString(), figures.toString()));

		assertThat(exit).isZero();
		assertThat(text(this.err)).contains("Lezen", "Controleren", "Schrijven", "100%");
		assertThat(text(this.out)).contains("Ingelezen: 1 gebieden van 1998: 1 nieuw");
	}

	@Test
	void reportsEveryProblemAndExitsWithOneWhenNothingWasImported() throws IOException {
		Path broken = write("kapot.csv", "code,name\nGM0008,Goed\nWK000999,Zonder gemeente\nXX,Geen code\n");

		int exit = this.command.execute(List.of("import", "cbs", "--year=1998", broken.toString()));

		assertThat(exit).isEqualTo(ImportCommand.FAILED);
		assertThat(text(this.err)).contains("FOUT  kapot.csv, regel 3 (WK000999)", "GM0009 bestaat niet",
				"FOUT  kapot.csv, regel 4", "Niets ingelezen: 2 fouten. De gegevens zijn ongewijzigd.");
	}

	@Test
	void explainsItsUsageWhenArgumentsAreMissingOrWrong() {
		assertThat(this.command.execute(List.of("import", "cbs", "missing.geojson"))).isEqualTo(ImportCommand.USAGE);
		assertThat(this.command.execute(List.of("import", "kaart", "--year", "2024", "x.geojson")))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(this.command.execute(List.of("import", "cbs", "--year", "2024", this.folder.resolve("nope").toString())))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(text(this.err)).contains("Gebruik: java -jar speelveld.jar import cbs --year JAAR BESTAND...",
				"bestaat niet of is niet te lezen");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content);
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
