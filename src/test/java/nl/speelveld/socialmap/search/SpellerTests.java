package nl.speelveld.socialmap.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellerTests {

	@Test
	void countsASwapOfNeighboursAsOneMistake() {
		assertThat(Speller.mistakes("wijkagnet", "wijkagent")).isEqualTo(1);
		assertThat(Speller.mistakes("opbouwerker", "opbouwwerker")).isEqualTo(1);
		assertThat(Speller.mistakes("wijkagnet", "wijkagenda")).isEqualTo(3);
		assertThat(Speller.mistakes("", "abc")).isEqualTo(3);
		assertThat(Speller.mistakes("buurt", "buurt")).isZero();
	}

	@Test
	void picksTheClosestLookalikeAndLeavesTheOrderOfSimilarityForTies() {
		assertThat(Speller.closest("wijkagnet", List.of("wijkagenda", "wijkagent", "wijk"))).contains("wijkagent");
		assertThat(Speller.closest("buurtwerk", List.of("buurtwerker", "buurtwerken"))).contains("buurtwerker");
	}

	@Test
	void accentsAreNoMistake() {
		assertThat(Speller.closest("ideenmakelaar", List.of("ideeënmakelaar"))).contains("ideeënmakelaar");
	}

	@Test
	void allowsFewerMistakesInShorterWords() {
		assertThat(Speller.closest("huis", List.of("muis"))).contains("muis");
		assertThat(Speller.closest("huis", List.of("mais"))).isEmpty();
		assertThat(Speller.closest("buurthuis", List.of("buurtmuis"))).contains("buurtmuis");
		assertThat(Speller.closest("buurthuis", List.of("buurtwerk"))).isEmpty();
	}

}
