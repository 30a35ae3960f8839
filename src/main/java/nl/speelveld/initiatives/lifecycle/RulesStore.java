package nl.speelveld.initiatives.lifecycle;

import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The local rules per gemeente; a gemeente without a row has the standard rules. */
@Repository
class RulesStore {

	private final JdbcClient jdbc;

	RulesStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LocalRules of(String gemeente) {
		return this.jdbc.sql("""
				select min_supporters, lead_weeks, answer_days, max_amount, criteria from initiative_rules
				where gemeente = ?""")
			.param(gemeente)
			.query((rs, n) -> new LocalRules(gemeente, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					strings(rs.getArray(5)), false))
			.optional()
			.orElseGet(() -> LocalRules.standard(gemeente));
	}

	void save(LocalRules rules, UUID by) {
		this.jdbc.sql("""
				insert into initiative_rules (gemeente, min_supporters, lead_weeks, answer_days, max_amount, criteria, set_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (gemeente) do update set min_supporters = excluded.min_supporters,
					lead_weeks = excluded.lead_weeks, answer_days = excluded.answer_days, max_amount = excluded.max_amount,
					criteria = excluded.criteria, set_by = excluded.set_by, set_at = now()""")
			.params(rules.gemeente(), rules.minSupporters(), rules.leadWeeks(), rules.answerDays(), rules.maxAmount(),
					rules.criteria().toArray(String[]::new), by)
			.update();
	}

	private static List<String> strings(Array array) throws java.sql.SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}
