package nl.speelveld.participation.challenges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A coordinator of a gemeente sets its rules for the uitdaagrecht: the criteria, the decision period and
 * a short text on its participatieverordening. Only for gemeenten they coordinate; audited, because the
 * criteria decide which groups may take over a task.
 */
@Service
public class ChallengeCriteria {

	/** Rows the form offers; empty rows are left out. */
	public static final int MOST_CRITERIA = 10;

	/** The rules as typed on the page: criteria as parallel lists of names and explanations. */
	public record RulesForm(@Nullable String decisionWeeks, @Nullable String regulation, @Nullable List<String> name,
			@Nullable List<String> explanation) {

		public static RulesForm of(ChallengeRules rules) {
			return new RulesForm(String.valueOf(rules.decisionWeeks()), rules.regulation(),
					rules.criteria().stream().map(Criterion::name).toList(),
					rules.criteria().stream().map(Criterion::explanation).toList());
		}

		public String nameAt(int i) {
			return at(this.name, i);
		}

		public String explanationAt(int i) {
			return at(this.explanation, i);
		}

		private static String at(@Nullable List<String> values, int i) {
			return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
		}

	}

	private final ChallengeRulesStore store;

	private final Permissions permissions;

	ChallengeCriteria(ChallengeRulesStore store, Permissions permissions) {
		this.store = store;
		this.permissions = permissions;
	}

	public ChallengeRules of(AreaCode gemeente, Locale locale) {
		return this.store.of(gemeente.gemeente().value(), locale);
	}

	@Transactional
	public Complaints save(AreaCode gemeente, RulesForm form) {
		if (gemeente.level() != AreaLevel.GEMEENTE || !this.permissions.canCoordinate(gemeente)) {
			throw new AccessDeniedException("The uitdaagrecht's rules are set by the gemeente's coordinators");
		}
		Complaints complaints = new Complaints();
		String weeksText = Texts.clean(form.decisionWeeks());
		int weeks = weeksText.matches("\\d{1,2}") ? Integer.parseInt(weeksText) : 0;
		if (weeks < 1 || weeks > 52) {
			complaints.add("decisionWeeks", "challenge.rules.error.weeks");
		}
		String regulation = Texts.clean(form.regulation());
		if (regulation.length() > 2000) {
			complaints.add("regulation", "challenge.rules.error.regulation");
		}
		List<Criterion> criteria = new ArrayList<>();
		for (int i = 0; i < MOST_CRITERIA; i++) {
			String name = Texts.clean(form.nameAt(i));
			String explanation = Texts.clean(form.explanationAt(i));
			if (name.isEmpty() && explanation.isEmpty()) {
				continue;
			}
			if (name.length() < 3 || name.length() > 80) {
				complaints.add("name-" + i, "challenge.rules.error.name");
			}
			else if (explanation.length() < 10 || explanation.length() > 500) {
				complaints.add("explanation-" + i, "challenge.rules.error.explanation");
			}
			else {
				criteria.add(new Criterion(name, explanation));
			}
		}
		if (criteria.isEmpty() && complaints.isEmpty()) {
			complaints.add("name-0", "challenge.rules.error.none");
		}
		if (complaints.isEmpty()) {
			UserId by = this.permissions.currentUser().orElseThrow();
			this.store.save(new ChallengeRules(gemeente.value(), criteria, weeks, regulation, false), by.value());
			this.permissions.audit("challenge-rules.set", "gemeente", gemeente.value(),
					Map.of("decisionWeeks", weeks, "criteria", criteria.size()));
		}
		return complaints;
	}

}
