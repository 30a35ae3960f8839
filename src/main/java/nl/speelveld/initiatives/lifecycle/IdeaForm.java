package nl.speelveld.initiatives.lifecycle;

import java.util.ArrayList;
import java.util.List;

import nl.speelveld.initiatives.lifecycle.Initiative.BudgetLine;
import org.jspecify.annotations.Nullable;

/**
 * The idea and its plan as typed on the page, unchecked. Budget lines come as two parallel lists, one row
 * per line, so the form works without scripts.
 */
public record IdeaForm(@Nullable String title, @Nullable String summary, @Nullable String initiatorName,
		@Nullable String postcode, @Nullable String startsOn, @Nullable String goal, @Nullable String activities,
		@Nullable List<String> support, @Nullable List<String> lineDescription, @Nullable List<String> lineAmount) {

	/** Empty rows a page offers below the lines already there. */
	public static final int EMPTY_ROWS = 3;

	public static IdeaForm empty() {
		return new IdeaForm("", "", "", "", "", "", "", List.of(), List.of(), List.of());
	}

	public static IdeaForm of(Initiative initiative) {
		Initiative.Plan plan = initiative.plan();
		return new IdeaForm(initiative.title(), initiative.summary(), initiative.initiatorName(), "",
				initiative.startsOn() == null ? "" : initiative.startsOn().toString(), plan.goal(), plan.activities(),
				plan.supportNeeded(), plan.budget().stream().map(BudgetLine::description).toList(),
				plan.budget().stream().map(line -> String.valueOf(line.amount())).toList());
	}

	public boolean supports(String kind) {
		return this.support != null && this.support.contains(kind);
	}

	/** The rows for the budget table: the lines typed so far and a few empty ones. */
	public List<String[]> budgetRows() {
		List<String> descriptions = this.lineDescription == null ? List.of() : this.lineDescription;
		List<String> amounts = this.lineAmount == null ? List.of() : this.lineAmount;
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < Math.max(descriptions.size(), amounts.size()); i++) {
			String description = i < descriptions.size() ? descriptions.get(i) : "";
			String amount = i < amounts.size() ? amounts.get(i) : "";
			if (!description.isBlank() || !amount.isBlank()) {
				rows.add(new String[] { description, amount });
			}
		}
		for (int i = 0; i < EMPTY_ROWS; i++) {
			rows.add(new String[] { "", "" });
		}
		return rows;
	}

}
