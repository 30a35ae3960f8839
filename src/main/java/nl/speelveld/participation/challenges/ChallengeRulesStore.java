package nl.speelveld.participation.challenges;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rules per gemeente; a gemeente without a row has the standard rules, whose criteria come from the
 * messages ({@code challenge.criterion.standard.*}) in the visitor's language.
 */
@Repository
class ChallengeRulesStore {

	static final int STANDARD_CRITERIA = 5;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	ChallengeRulesStore(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	ChallengeRules of(String gemeente, Locale locale) {
		Optional<ChallengeRules> own = this.jdbc.sql("select decision_weeks, regulation from challenge_rules where gemeente = ?")
			.param(gemeente)
			.query((rs, n) -> new ChallengeRules(gemeente, criteriaOf(gemeente), rs.getInt(1), rs.getString(2), false))
			.optional();
		return own.orElseGet(() -> new ChallengeRules(gemeente, standardCriteria(locale), ChallengeRules.STANDARD_WEEKS, "", true));
	}

	List<Criterion> standardCriteria(Locale locale) {
		return IntStream.rangeClosed(1, STANDARD_CRITERIA)
			.mapToObj(n -> new Criterion(
					this.messages.getMessage("challenge.criterion.standard." + n + ".name", null, locale),
					this.messages.getMessage("challenge.criterion.standard." + n + ".explanation", null, locale)))
			.toList();
	}

	private List<Criterion> criteriaOf(String gemeente) {
		return this.jdbc.sql("select name, explanation from challenge_rule_criterion where gemeente = ? order by position")
			.param(gemeente)
			.query((rs, n) -> new Criterion(rs.getString(1), rs.getString(2)))
			.list();
	}

	void save(ChallengeRules rules, UUID by) {
		this.jdbc.sql("""
				insert into challenge_rules (gemeente, decision_weeks, regulation, set_by) values (?, ?, ?, ?)
				on conflict (gemeente) do update set decision_weeks = excluded.decision_weeks,
					regulation = excluded.regulation, set_by = excluded.set_by, set_at = now()""")
			.params(rules.gemeente(), rules.decisionWeeks(), rules.regulation(), by)
			.update();
		this.jdbc.sql("delete from challenge_rule_criterion where gemeente = ?").param(rules.gemeente()).update();
		for (int i = 0; i < rules.criteria().size(); i++) {
			Criterion criterion = rules.criteria().get(i);
			this.jdbc.sql("insert into challenge_rule_criterion (gemeente, position, name, explanation) values (?, ?, ?, ?)")
				.params(rules.gemeente(), i, criterion.name(), criterion.explanation())
				.update();
		}
	}

}
