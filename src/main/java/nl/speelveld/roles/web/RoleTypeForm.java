package nl.speelveld.roles.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.roles.NewRoleType;
import org.jspecify.annotations.Nullable;

/**
 * The form for a new role type. Weights are typed as people write them (0,5 or 0.5); the norm may stay
 * empty. The checks here put each message next to its field; {@code Roles} checks everything again.
 */
public record RoleTypeForm(String code, String naam, String naamEngels, String definitie, String definitieEngels,
		String gewichtG1, String gewichtG2, List<String> themas, List<String> werkgevers, String norm) {

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public RoleTypeForm {
		code = text(code).toLowerCase(java.util.Locale.ROOT);
		naam = text(naam);
		naamEngels = text(naamEngels);
		definitie = text(definitie);
		definitieEngels = text(definitieEngels);
		gewichtG1 = text(gewichtG1);
		gewichtG2 = text(gewichtG2);
		themas = themas == null ? List.of() : List.copyOf(themas);
		werkgevers = werkgevers == null ? List.of() : List.copyOf(werkgevers);
		norm = text(norm);
	}

	static RoleTypeForm empty() {
		return new RoleTypeForm("", "", "", "", "", "", "", List.of(), List.of(), "");
	}

	/** The new role type, or empty with what is wrong in {@code problems}, by field. */
	Optional<NewRoleType> check(Map<String, String> problems) {
		if (!CODE.matcher(this.code).matches() || this.code.length() > 48) {
			problems.put("code", "roles.refused.code-format");
		}
		if (!isName(this.naam)) {
			problems.put("naam", "roles.refused.name");
		}
		if (!isName(this.naamEngels)) {
			problems.put("naamEngels", "roles.refused.name");
		}
		if (!isDefinition(this.definitie)) {
			problems.put("definitie", "roles.refused.definition");
		}
		if (!isDefinition(this.definitieEngels)) {
			problems.put("definitieEngels", "roles.refused.definition");
		}
		BigDecimal g1 = weight(this.gewichtG1);
		if (g1 == null) {
			problems.put("gewichtG1", "roles.refused.weights");
		}
		BigDecimal g2 = weight(this.gewichtG2);
		if (g2 == null) {
			problems.put("gewichtG2", "roles.refused.weights");
		}
		if (this.themas.isEmpty()) {
			problems.put("themas", "roles.refused.focus");
		}
		if (this.werkgevers.stream().anyMatch(type -> OrganisationType.fromKey(type).isEmpty())) {
			problems.put("werkgevers", "roles.refused.employer");
		}
		Integer inhabitants = null;
		if (!this.norm.isEmpty()) {
			inhabitants = positive(this.norm);
			if (inhabitants == null) {
				problems.put("norm", "roles.refused.norm");
			}
		}
		if (!problems.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new NewRoleType(this.code, this.naam, this.naamEngels, this.definitie, this.definitieEngels, g1,
				g2, this.themas, this.werkgevers, inhabitants));
	}

	/** The field a refusal of {@code Roles} belongs to. */
	static String fieldOf(String messageKey) {
		return switch (messageKey) {
			case "roles.refused.code-format", "roles.refused.code-taken" -> "code";
			case "roles.refused.name" -> "naam";
			case "roles.refused.definition" -> "definitie";
			case "roles.refused.weights" -> "gewichtG1";
			case "roles.refused.focus" -> "themas";
			case "roles.refused.employer" -> "werkgevers";
			case "roles.refused.norm" -> "norm";
			default -> "code";
		};
	}

	private static boolean isName(String name) {
		return name.length() >= 2 && name.length() <= 120;
	}

	private static boolean isDefinition(String definition) {
		return !definition.isEmpty() && definition.length() <= 2000;
	}

	private static @Nullable BigDecimal weight(String text) {
		try {
			BigDecimal weight = new BigDecimal(text.replace(',', '.'));
			return weight.signum() >= 0 && weight.compareTo(BigDecimal.ONE) <= 0 && weight.scale() <= 2 ? weight : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static @Nullable Integer positive(String text) {
		try {
			int number = Integer.parseInt(text.replace(".", "").replace(" ", ""));
			return number > 0 ? number : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
