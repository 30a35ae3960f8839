package nl.speelveld.initiatives.lifecycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.speelveld.initiatives.lifecycle.Initiative.BudgetLine;
import nl.speelveld.initiatives.lifecycle.Initiative.Plan;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

/** Checks an {@link IdeaForm}; every complaint names the field it is about, so the page can show it there. */
final class IdeaChecks {

	static final int MOST_LINES = 20;

	static final int MOST_AMOUNT = 1_000_000;

	/** Whole euros, with or without thousands dots: 1250 or 1.250 (cents make no difference to a budget). */
	private static final Pattern EUROS = Pattern.compile("\\d{1,3}(\\.\\d{3})*|\\d+");

	private final Complaints complaints = new Complaints();

	private final IdeaForm form;

	IdeaChecks(IdeaForm form) {
		this.form = form;
	}

	Complaints complaints() {
		return this.complaints;
	}

	String title() {
		return text("title", this.form.title(), 3, 120);
	}

	String summary() {
		return text("summary", this.form.summary(), 10, 2000);
	}

	String initiatorName() {
		return text("initiatorName", this.form.initiatorName(), 2, 100);
	}

	@Nullable LocalDate startsOn() {
		String value = clean(this.form.startsOn());
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			this.complaints.add("startsOn", "initiative.error.startsOn-unreadable");
			return null;
		}
	}

	Plan plan() {
		String goal = text("goal", this.form.goal(), 0, 2000);
		String activities = text("activities", this.form.activities(), 0, 4000);
		List<String> support = this.form.support() == null ? List.of() : this.form.support();
		if (!SupportKind.ALL.containsAll(support)) {
			this.complaints.add("support", "initiative.error.support-unknown");
		}
		List<String> needed = SupportKind.ALL.stream().filter(support::contains).toList();
		return new Plan(goal, activities, needed, budget());
	}

	private List<BudgetLine> budget() {
		List<String> descriptions = this.form.lineDescription() == null ? List.of() : this.form.lineDescription();
		List<String> amounts = this.form.lineAmount() == null ? List.of() : this.form.lineAmount();
		List<BudgetLine> lines = new ArrayList<>();
		for (int i = 0; i < Math.max(descriptions.size(), amounts.size()); i++) {
			String description = i < descriptions.size() ? clean(descriptions.get(i)) : "";
			String amount = i < amounts.size() ? clean(amounts.get(i)).replace("€", "").strip() : "";
			if (description.isEmpty() && amount.isEmpty()) {
				continue;
			}
			if (description.length() < 2 || description.length() > 200) {
				this.complaints.add("lineDescription", "initiative.error.line-description");
			}
			else if (!EUROS.matcher(amount).matches() || Long.parseLong(amount.replace(".", "")) > MOST_AMOUNT) {
				this.complaints.add("lineAmount", "initiative.error.line-amount");
			}
			else {
				lines.add(new BudgetLine(description, Integer.parseInt(amount.replace(".", ""))));
			}
		}
		if (lines.size() > MOST_LINES) {
			this.complaints.add("lineDescription", "initiative.error.too-many-lines");
		}
		return lines;
	}

	private String text(String field, @Nullable String value, int least, int most) {
		String text = clean(value);
		if (least > 0 && text.isEmpty()) {
			this.complaints.add(field, "initiative.error." + field + "-empty");
		}
		else if (text.length() < least) {
			this.complaints.add(field, "initiative.error." + field + "-too-short");
		}
		else if (text.length() > most) {
			this.complaints.add(field, "initiative.error." + field + "-too-long");
		}
		return text;
	}

	/** Trimmed, without control characters other than line breaks: they only hide text or break pages. */
	static String clean(@Nullable String value) {
		return value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

}
