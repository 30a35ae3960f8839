package nl.speelveld.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTests {

	@Test
	void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
		assertThat(SpreadsheetCsv.field("gemeente: 1, politie: 2")).isEqualTo("gemeente: 1, politie: 2");
		assertThat(SpreadsheetCsv.field("een;twee")).isEqualTo("\"een;twee\"");
		assertThat(SpreadsheetCsv.field("zeg \"hoi\"")).isEqualTo("\"zeg \"\"hoi\"\"\"");
		assertThat(SpreadsheetCsv.field("regel\nregel")).isEqualTo("\"regel\nregel\"");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefusedANumberIsNot() {
		assertThat(SpreadsheetCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(SpreadsheetCsv.field("+31")).isEqualTo("'+31");
		assertThat(SpreadsheetCsv.field("@rol")).isEqualTo("'@rol");
		assertThat(SpreadsheetCsv.field("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
		assertThat(SpreadsheetCsv.field("12")).isEqualTo("12");
		assertThat(SpreadsheetCsv.field("-3,5")).isEqualTo("-3,5");
	}

	@Test
	void aFileOpensInDutchExcelWithItsAccentsAndColumns() {
		byte[] file = new SpreadsheetCsv().line(List.of("naam", "bedrag")).emptyLine().line(List.of("Café Één", "12,5"))
			.bytes();

		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFnaam;bedrag\r\n\r\nCafé Één;12,5\r\n");
	}

}
