package nl.speelveld.socialmap.search;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void checksWordsButNotOperatorsOrNumbers() {
		assertThat(QueryText.of("Wijkagent or \"sociaal makelaar\" -politie 3511").checkableWords())
			.containsExactly("wijkagent", "sociaal", "makelaar", "politie");
	}

	@Test
	void orInsideAPhraseIsAWord() {
		assertThat(QueryText.of("\"koffie or thee\"").checkableWords()).containsExactly("koffie", "or", "thee");
	}

	@Test
	void aSearchForLeftOutWordsOnlyWantsNothing() {
		assertThat(QueryText.of("-politie -wijkagent").wantsSomething()).isFalse();
		assertThat(QueryText.of("(((").wantsSomething()).isFalse();
		assertThat(QueryText.of("buurt-huis -politie").wantsSomething()).isTrue();
		assertThat(QueryText.of("wijkagent -politie").wantsSomething()).isTrue();
	}

	@Test
	void replacesWholeWordsInAnyCaseAndKeepsTheRest() {
		var query = QueryText.of("\"Opbouwerker Noord\" OR wijkagnet -opbouwerkers");

		assertThat(query.replacing(Map.of("opbouwerker", "opbouwwerker", "wijkagnet", "wijkagent")))
			.isEqualTo("\"opbouwwerker Noord\" OR wijkagent -opbouwerkers");
	}

	@Test
	void composesAccentsOneWay() {
		assertThat(QueryText.of("ide\u0065\u0308en").text()).isEqualTo("ideëen");
		assertThat(QueryText.of("ide\u0065\u0308en").checkableWords()).containsExactly("ideëen");
	}

}
