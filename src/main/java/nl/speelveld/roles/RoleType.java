package nl.speelveld.roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A kind of post in community building, such as the wijkagent or the sociaal makelaar: what it is for
 * (definition), how much it serves each goal (weights 0..1), its focus themes, the local job titles it goes
 * by, who typically employs it, and where a norm exists the most inhabitants one post should serve.
 */
public record RoleType(String code, String nameNl, String nameEn, String definitionNl, String definitionEn,
		BigDecimal weightG1, BigDecimal weightG2, List<String> focus, List<Alias> aliases, List<String> employerTypes,
		@Nullable Integer normInhabitants, boolean seeded) {

	/** A local job title; {@code gemeente} is null when the title is used everywhere. */
	public record Alias(String title, @Nullable String gemeente) {
	}

	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.nameNl;
	}

	public String definition(Locale locale) {
		return english(locale) ? this.definitionEn : this.definitionNl;
	}

	public BigDecimal weight(Goal goal) {
		return goal == Goal.G1 ? this.weightG1 : this.weightG2;
	}

	/** The goal this role serves most; G1 when both weigh the same, as most linking work starts there. */
	public Goal primaryGoal() {
		return this.weightG2.compareTo(this.weightG1) > 0 ? Goal.G2 : Goal.G1;
	}

	/** Whether the role counts towards a goal at all: weights below one half are side effects, not the job. */
	public boolean serves(Goal goal) {
		return weight(goal).compareTo(new BigDecimal("0.5")) >= 0;
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
