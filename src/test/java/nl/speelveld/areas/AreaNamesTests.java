package nl.speelveld.areas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaNamesTests {

	@Test
	void comparesNamesWithoutCaseAccentsOrPunctuation() {
		assertThat(AreaNames.searchKey("Súdwest-Fryslân")).isEqualTo("sudwest fryslan");
		assertThat(AreaNames.searchKey("'s-Hertogenbosch")).isEqualTo("s hertogenbosch");
		assertThat(AreaNames.searchKey("Domplein. Neude. Janskerkhof")).isEqualTo("domplein neude janskerkhof");
	}

}
