package nl.speelveld.participation.surveys;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures of a scale question, on data worked out by hand. */
class ScaleFiguresTests {

	@Test
	void meanMedianSpreadAndMarginOfFiveScores() {
		// the scores 2, 4, 4, 5 and 7
		ScaleFigures figures = ScaleFigures.of(new int[] { 0, 1, 0, 2, 1, 0, 1 });

		assertThat(figures.n()).isEqualTo(5);
		assertThat(figures.mean()).isCloseTo(4.4, within(1e-9));
		assertThat(figures.median()).isEqualTo(4.0);
		// squared deviations 5.76 + 0.16 + 0.16 + 0.36 + 6.76 = 13.2, over n - 1 = 4: 3.3
		assertThat(figures.standardDeviation()).isCloseTo(Math.sqrt(3.3), within(1e-9));
		assertThat(figures.marginOfError()).isCloseTo(1.96 * Math.sqrt(3.3) / Math.sqrt(5), within(1e-9));
		assertThat(figures.marginOfError()).isCloseTo(1.592, within(0.001));
		assertThat(figures.shown()).isTrue();
		assertThat(figures.share(4)).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void theMedianOfAnEvenNumberIsHalfwayBetweenTheMiddleTwo() {
		// 1, 2, 3, 4
		ScaleFigures figures = ScaleFigures.of(new int[] { 1, 1, 1, 1, 0, 0, 0 });

		assertThat(figures.median()).isEqualTo(2.5);
		assertThat(figures.mean()).isEqualTo(2.5);
		assertThat(figures.shown()).as("four answers are too few to show").isFalse();
	}

	@Test
	void everyoneTheSameHasNoSpreadAndNoMargin() {
		ScaleFigures figures = ScaleFigures.of(new int[] { 0, 0, 0, 0, 0, 0, 9 });

		assertThat(figures.mean()).isEqualTo(7.0);
		assertThat(figures.median()).isEqualTo(7.0);
		assertThat(figures.marginOfError()).isZero();
	}

	@Test
	void noAnswersNoFigures() {
		ScaleFigures figures = ScaleFigures.of(new int[7]);

		assertThat(figures.n()).isZero();
		assertThat(figures.mean()).isNaN();
		assertThat(figures.shown()).isFalse();
	}

}
