package nl.speelveld.socialmap.playingfield;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.roles.RoleType;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the playing field. The coverage norms live in the role typology as data
 * (roles_role_type.norm_inhabitants); a deployment may add or change one for its own agreements with
 * {@code speelveld.playing-field.norms.buurtsportcoach=10000}, or switch one off with {@code 0}.
 */
@ConfigurationProperties("speelveld.playing-field")
public record PlayingFieldSettings(Map<String, Integer> norms) {

	/** Without any norm set, the binder passes null. */
	public PlayingFieldSettings {
		Map<String, Integer> given = norms == null ? Map.of() : norms;
		given.forEach((role, inhabitants) -> {
			if (inhabitants == null || inhabitants < 0) {
				throw new IllegalArgumentException(
						"speelveld.playing-field.norms." + role + " must be a number of inhabitants, or 0 for no norm");
			}
		});
		norms = Map.copyOf(given);
	}

	/** The norm of every role type that has one, in the order of the typology; the deployment's setting wins. */
	Map<String, Norm> normsOf(List<RoleType> roles) {
		Map<String, Norm> resolved = new LinkedHashMap<>();
		for (RoleType role : roles) {
			Integer configured = norms().get(role.code());
			if (configured != null) {
				if (configured > 0) {
					resolved.put(role.code(), new Norm(configured, Norm.Source.DEPLOYMENT));
				}
			}
			else if (role.normInhabitants() != null) {
				resolved.put(role.code(), new Norm(role.normInhabitants(), Norm.Source.TYPOLOGY));
			}
		}
		return resolved;
	}

}
