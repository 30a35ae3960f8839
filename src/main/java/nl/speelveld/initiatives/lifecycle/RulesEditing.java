package nl.speelveld.initiatives.lifecycle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator sets the gemeente's rules for residents' initiatives. Only for gemeenten they coordinate;
 * audited, because the rules decide who gets support. Criteria are one per line; none means the standard ones.
 */
@Service
public class RulesEditing {

	static final int MOST_CRITERIA = 10;

	/** The rules as typed on the page. */
	public record RulesForm(@Nullable String minSupporters, @Nullable String leadWeeks, @Nullable String answerDays,
			@Nullable String maxAmount, @Nullable String criteria) {

		public static RulesForm of(LocalRules rules) {
			return new RulesForm(String.valueOf(rules.minSupporters()), String.valueOf(rules.leadWeeks()),
					String.valueOf(rules.answerDays()), String.valueOf(rules.maxAmount()), String.join("\n", rules.criteria()));
		}

	}

	private final RulesStore store;

	private final Permissions permissions;

	RulesEditing(RulesStore store, Permissions permissions) {
		this.store = store;
		this.permissions = permissions;
	}

	public LocalRules of(AreaCode gemeente) {
		return this.store.of(gemeente.value());
	}

	@Transactional
	public Complaints save(AreaCode gemeente, RulesForm form) {
		if (gemeente.level() != AreaLevel.GEMEENTE || !this.permissions.canCoordinate(gemeente)) {
			throw new AccessDeniedException("Rules are set by the gemeente's coordinators");
		}
		Complaints complaints = new Complaints();
		int min = number(complaints, "minSupporters", form.minSupporters(), 0, 500);
		int lead = number(complaints, "leadWeeks", form.leadWeeks(), 0, 52);
		int answer = number(complaints, "answerDays", form.answerDays(), 1, 90);
		int max = number(complaints, "maxAmount", form.maxAmount(), 0, 1_000_000);
		List<String> criteria = Arrays.stream(IdeaChecks.clean(form.criteria()).split("\n"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		if (criteria.size() > MOST_CRITERIA || criteria.stream().anyMatch(line -> line.length() < 5 || line.length() > 300)) {
			complaints.add("criteria", "initiative.rules.error.criteria");
		}
		if (complaints.isEmpty()) {
			UserId by = this.permissions.currentUser().orElseThrow();
			this.store.save(new LocalRules(gemeente.value(), min, lead, answer, max, criteria, false), by.value());
			this.permissions.audit("initiative-rules.set", "gemeente", gemeente.value(), Map.of("minSupporters", min,
					"leadWeeks", lead, "answerDays", answer, "maxAmount", max, "criteria", criteria.size()));
		}
		return complaints;
	}

	private static int number(Complaints complaints, String field, @Nullable String text, int least, int most) {
		String value = IdeaChecks.clean(text).replace(".", "");
		if (!value.matches("\\d{1,7}") || Integer.parseInt(value) < least || Integer.parseInt(value) > most) {
			complaints.add(field, "initiative.rules.error." + field);
			return 0;
		}
		return Integer.parseInt(value);
	}

}
