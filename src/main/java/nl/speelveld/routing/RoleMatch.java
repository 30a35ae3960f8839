package nl.speelveld.routing;

import java.util.List;

/**
 * A role type that fits a question, with its score (higher fits better; comparable only within one answer)
 * and the reasons, in the resident's language, that explain why.
 */
public record RoleMatch(String roleCode, double score, List<String> reasons) {

	public RoleMatch {
		reasons = List.copyOf(reasons);
	}

}
