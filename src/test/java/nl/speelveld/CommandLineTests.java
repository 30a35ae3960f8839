package nl.speelveld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as an operator runs it for an import, in a JVM of its own: it starts without a web server,
 * imports, prints the outcome and exits with 0, or with 1 when nothing was imported.
 */
class CommandLineTests {

	@TempDir
	Path folder;

	@Test
	void importsAFileAndExitsWithZero() throws Exception {
		Path gemeenten = Files.writeString(this.folder.resolve("gemeenten.csv"), "code,name\nGM0001,Proefstede\n");

		var run = run("import", "cbs", "--year", "2030", gemeenten.toString());

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Ingelezen: 1 gebieden van 2030: 1 nieuw");
	}

	@Test
	void exitsWithOneAndSaysWhyWhenNothingWasImported() throws Exception {
		Path broken = Files.writeString(this.folder.resolve("kapot.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{");

		var run = run("import", "cbs", "--year", "2030", broken.toString());

		assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("FOUT  kapot.geojson", "Niets ingelezen");
	}

	@Test
	void importsAnHsdsDatasetWhileTheAreaImportStaysOutOfTheWay() throws Exception {
		Path example = Path.of("src/test/resources/hsds-3.0/examples/service_full.json");

		var run = run("import", "hsds", example.toString());

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Ingelezen: 1 organisaties, 1 locaties, 1 diensten").doesNotContain("Gebruik");
	}

	private record Run(int exitCode, String output) {
	}

	private Run run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), SpeelveldApplication.class.getName()));
		command.addAll(List.of(args));
		command.add("--speelveld.database.embedded.temporary=true");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

}
