package nl.speelveld.participation.rounds;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What budgeting rounds keep about a person: the ballots they cast while signed in, found by the key only
 * the app can make from their account, and the progress notes they wrote. Erasure makes the ballot's key
 * unreachable from the account by giving the ballot a random key: the vote still counts, but nobody can
 * tell any more whose it was, not even with the installation's secret. Letter-code ballots belong to a
 * household, not to an account, and are not personal data of anyone signed in.
 */
@Component
class RoundPersonalData implements PersonalDataHolder {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final VoterKeys keys;

	RoundPersonalData(JdbcClient jdbc, VoterKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	@Override
	public String section() {
		return "participation-budgeting";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (UUID process : accountRounds()) {
			this.jdbc.sql("select projects from budget_ballot where process_id = ? and voter_key = ?")
				.params(process, this.keys.ofAccount(process, user))
				.query((rs, n) -> (Object[]) rs.getArray(1).getArray())
				.optional()
				.ifPresent(projects -> {
					Map<String, Object> row = new LinkedHashMap<>();
					row.put("table", "budget_ballot");
					row.put("process_id", process);
					row.put("projects", this.jdbc.sql("""
							select title from budget_project where process_id = ? and position = any(?) order by position""")
						.params(process, projects)
						.query(String.class)
						.list());
					rows.add(row);
				});
		}
		rows.addAll(PersonalDataHolder.rows(this.jdbc, Map.of("budget_project_update",
				"select project_id, progress, text, written_at from budget_project_update where written_by = :user"),
				Map.of("user", user.value())));
		return rows;
	}

	@Override
	public void erase(UserId user) {
		for (UUID process : accountRounds()) {
			byte[] random = new byte[32];
			RANDOM.nextBytes(random);
			this.jdbc.sql("update budget_ballot set voter_key = ? where process_id = ? and voter_key = ?")
				.params(random, process, this.keys.ofAccount(process, user))
				.update();
		}
		this.jdbc.sql("update budget_project_update set written_by = null where written_by = ?").param(user.value()).update();
	}

	private List<UUID> accountRounds() {
		return this.jdbc.sql("select process_id from budget_round where verification = 'account'").query(UUID.class).list();
	}

}
