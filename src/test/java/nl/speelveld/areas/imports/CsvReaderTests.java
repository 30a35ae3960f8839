package nl.speelveld.areas.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTests {

	private final List<RawFeature> rows = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	@Test
	void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
		read("code,name\r\nBU03440611,\"Domplein, Neude\"\r\nBU03440612,\"Het \"\"Plein\"\"\nnoord\"\r\n");

		assertThat(this.problems).isEmpty();
		assertThat(this.rows).extracting(row -> row.property("name"))
			.containsExactly("Domplein, Neude", "Het \"Plein\"\nnoord");
		assertThat(this.rows.get(1).location().number()).isEqualTo(3);
	}

	@Test
	void readsSpreadsheetExportsWithSemicolonsAndAByteOrderMark() throws IOException {
		read("\uFEFFCode;Aantal_Inwoners\nGM0344;374238\n");

		assertThat(this.rows.get(0).property("aantal_inwoners")).isEqualTo("374238");
		assertThat(this.rows.get(0).property("CODE")).isEqualTo("GM0344");
	}

	@Test
	void parsesDecimalCommasAsSpreadsheetsWriteThem() {
		assertThat(CbsFeatures.number("1,7", true)).isEqualTo(1.7);
		assertThat(CbsFeatures.number("1314.0", false)).isEqualTo(1314L);
		assertThat(CbsFeatures.number("1314.5", false)).isNull();
		assertThat(CbsFeatures.number("veel", false)).isNull();
	}

	private void read(String csv) throws IOException {
		CsvReader.read("test.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new FeatureSink() {

			@Override
			public void feature(RawFeature feature) {
				CsvReaderTests.this.rows.add(feature);
			}

			@Override
			public void problem(ImportProblem problem) {
				CsvReaderTests.this.problems.add(problem);
			}

		});
	}

}
