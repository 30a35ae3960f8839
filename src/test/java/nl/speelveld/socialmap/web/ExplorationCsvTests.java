package nl.speelveld.socialmap.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorationCsvTests {

	@Test
	void decimalsHaveACommaForDutchExcel() {
		assertThat(ExplorationCsv.decimal(new BigDecimal("0.80"))).isEqualTo("0,8");
		assertThat(ExplorationCsv.decimal(new BigDecimal("1.00"))).isEqualTo("1");
		assertThat(ExplorationCsv.decimal(new BigDecimal("0.00"))).isEqualTo("0");
	}

}
