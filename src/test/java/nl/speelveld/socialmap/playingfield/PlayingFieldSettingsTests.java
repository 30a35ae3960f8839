package nl.speelveld.socialmap.playingfield;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.speelveld.roles.RoleType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlayingFieldSettingsTests {

	private static final List<RoleType> ROLES = List.of(role("wijkagent", 5000), role("buurtsportcoach", null),
			role("sociaal-makelaar", null));

	@Test
	void aDeploymentSetsNormsPerRoleCodeInItsProperties() {
		PlayingFieldSettings settings = bind(Map.of("speelveld.playing-field.norms.buurtsportcoach", "10000",
				"speelveld.playing-field.norms.sociaal-makelaar", "8000"));

		assertThat(settings.normsOf(ROLES)).containsExactly(Map.entry("wijkagent", new Norm(5000, Norm.Source.TYPOLOGY)),
				Map.entry("buurtsportcoach", new Norm(10_000, Norm.Source.DEPLOYMENT)),
				Map.entry("sociaal-makelaar", new Norm(8000, Norm.Source.DEPLOYMENT)));
	}

	@Test
	void aDeploymentChangesOrSwitchesOffANormOfTheTypology() {
		assertThat(bind(Map.of("speelveld.playing-field.norms.wijkagent", "4000")).normsOf(ROLES))
			.containsExactly(Map.entry("wijkagent", new Norm(4000, Norm.Source.DEPLOYMENT)));
		assertThat(bind(Map.of("speelveld.playing-field.norms.wijkagent", "0")).normsOf(ROLES)).isEmpty();
	}

	@Test
	void withoutSettingsTheTypologyDecides() {
		assertThat(new PlayingFieldSettings(null).normsOf(ROLES)).containsOnlyKeys("wijkagent");
	}

	@Test
	void aNegativeNormStopsTheStart() {
		assertThatThrownBy(() -> bind(Map.of("speelveld.playing-field.norms.wijkagent", "-5")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("speelveld.playing-field.norms.wijkagent");
	}

	private static PlayingFieldSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("speelveld.playing-field", PlayingFieldSettings.class)
			.get();
	}

	private static RoleType role(String code, Integer norm) {
		return new RoleType(code, code, code, code, code, BigDecimal.ONE, BigDecimal.ZERO, List.of(), List.of(), List.of(),
				norm, true);
	}

}
