package nl.speelveld.participation.challenges;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts as people type them, and what is no amount at all, however long. */
class TextsTests {

	@Test
	void wholeEurosWithOrWithoutThousandsDots() {
		assertThat(Texts.euros("12500")).isEqualTo(12_500);
		assertThat(Texts.euros("12.500")).isEqualTo(12_500);
		assertThat(Texts.euros("€ 1.250.000")).isEqualTo(1_250_000);
	}

	@Test
	void anAmountBeyondAnyBudgetIsNoAmountRatherThanAnError() {
		assertThat(Texts.euros("999.999.999.999.999.999.999")).isEqualTo(-1);
		assertThat(Texts.euros("12,50")).isEqualTo(-1);
		assertThat(Texts.euros("veel")).isEqualTo(-1);
	}

}
