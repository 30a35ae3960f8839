package nl.speelveld.socialmap.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorationCsvTests {

	@Test
	void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
		assertThat(ExplorationCsv.field("gemeente: 1, politie: 2")).isEqualTo("gemeente: 1, politie: 2");
		assertThat(ExplorationCsv.field("een;twee")).isEqualTo("\"een;twee\"");
		assertThat(ExplorationCsv.field("zeg \"hoi\"")).isEqualTo("\"zeg \"\"hoi\"\"\"");
		assertThat(ExplorationCsv.field("regel\nregel")).isEqualTo("\"regel\nregel\"");
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(ExplorationCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(ExplorationCsv.field("+31")).isEqualTo("'+31");
		assertThat(ExplorationCsv.field("@rol")).isEqualTo("'@rol");
		assertThat(ExplorationCsv.field("12")).isEqualTo("12");
	}

	@Test
	void decimalsHaveACommaForDutchExcel() {
		assertThat(ExplorationCsv.decimal(new BigDecimal("0.80"))).isEqualTo("0,8");
		assertThat(ExplorationCsv.decimal(new BigDecimal("1.00"))).isEqualTo("1");
		assertThat(ExplorationCsv.decimal(new BigDecimal("0.00"))).isEqualTo("0");
	}

}
