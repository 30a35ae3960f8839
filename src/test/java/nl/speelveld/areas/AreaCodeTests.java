package nl.speelveld.areas;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AreaCodeTests {

	@Test
	void tellsTheLevelFromThePrefix() {
		assertThat(new AreaCode("GM0344").level()).isEqualTo(AreaLevel.GEMEENTE);
		assertThat(new AreaCode("WK0363KP").level()).isEqualTo(AreaLevel.WIJK);
		assertThat(new AreaCode("BU03440611").level()).isEqualTo(AreaLevel.BUURT);
	}

	@Test
	void derivesParentsFromTheCodeStructure() {
		assertThat(new AreaCode("BU0363AB01").impliedParent()).contains(new AreaCode("WK0363AB"));
		assertThat(new AreaCode("WK0363AB").impliedParent()).contains(new AreaCode("GM0363"));
		assertThat(new AreaCode("GM0363").impliedParent()).isEmpty();
	}

	@Test
	void acceptsWhatPeopleTypeButRefusesWhatIsNoCode() {
		assertThat(AreaCode.tryParse(" gm0344 ")).contains(new AreaCode("GM0344"));
		assertThat(AreaCode.tryParse("Utrecht")).isEmpty();
		assertThatThrownBy(() -> new AreaCode("GM344")).isInstanceOf(InvalidAreaCode.class);
		assertThatThrownBy(() -> new AreaCode("0344")).isInstanceOf(InvalidAreaCode.class);
		assertThat(AreaCode.isValid("WK0344061")).isFalse();
	}

}
