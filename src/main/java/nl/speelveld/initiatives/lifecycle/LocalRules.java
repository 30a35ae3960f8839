package nl.speelveld.initiatives.lifecycle;

import java.util.List;

/**
 * A gemeente's rules for residents' initiatives: how many supporters in the area (draagvlak), how many
 * weeks ahead of the start to submit, within how many days the gemeente answers, the most it gives, and
 * what an initiative must be. {@code standard} marks the defaults of a gemeente that set none; their
 * criteria are then the common ones ({@code initiative.rules.criterion.*}), in the visitor's language.
 */
public record LocalRules(String gemeente, int minSupporters, int leadWeeks, int answerDays, int maxAmount,
		List<String> criteria, boolean standard) {

	public static final int STANDARD_CRITERIA = 4;

	public LocalRules {
		criteria = List.copyOf(criteria);
	}

	public static LocalRules standard(String gemeente) {
		return new LocalRules(gemeente, 5, 8, 14, 5000, List.of(), true);
	}

	/** How many criteria the initiator confirms when submitting. */
	public int criteriaCount() {
		return this.standard ? STANDARD_CRITERIA : this.criteria.size();
	}

}
