package nl.speelveld.participation.rounds;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.shared.database.KeptByRevision;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes rounds, their projects, progress updates, letter-code hashes and ballots. A ballot is
 * one row per voter key, so that a voter cannot hold two ballots however many submissions race.
 */
@Repository
public class RoundStore {

	private static final String PROJECT_COLUMNS = "id, position, title, description, cost, category, proposal_id, progress";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final ProcessStore processes;

	/** A voter's every request reads the round, which is fixed from the voting phase on: see V28. */
	private final KeptByRevision<UUID, Optional<Round>> kept = new KeptByRevision<>(1_000);

	RoundStore(JdbcClient jdbc, JdbcTemplate batches, ProcessStore processes) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.processes = processes;
	}

	public Optional<Round> of(UUID process) {
		return this.kept.get(process, this.processes::revision, () -> read(process));
	}

	/** The round as it is at {@code revision} of processes and rounds, read just before. */
	public Optional<Round> of(UUID process, long revision) {
		return this.kept.get(process, revision, () -> read(process));
	}

	private Optional<Round> read(UUID process) {
		// Categories and projects after the round's row, not from inside its mapper: see ProcessStore.byId.
		Optional<Settings> settings = this.jdbc.sql("""
				select budget, ballot_type, rule, max_choices, verification, changeable from budget_round where process_id = ?""")
			.param(process)
			.query((rs, n) -> new Settings(rs.getLong(1), BallotType.ofKey(rs.getString(2)), Rule.ofKey(rs.getString(3)),
					(Integer) rs.getObject(4), Verification.ofKey(rs.getString(5)), rs.getBoolean(6)))
			.optional();
		return settings.map(found -> new Round(process, found.budget(), found.ballotType(), found.rule(),
				found.maxChoices(), found.verification(), found.changeable(), categories(process), projects(process)));
	}

	private record Settings(long budget, BallotType ballotType, Rule rule, @Nullable Integer maxChoices,
			Verification verification, boolean changeable) {
	}

	public Round get(UUID process) {
		return of(process).orElseThrow(() -> new RoundNotFound(process));
	}

	public Round get(UUID process, long revision) {
		return of(process, revision).orElseThrow(() -> new RoundNotFound(process));
	}

	List<Category> categories(UUID process) {
		return this.jdbc.sql("select name, spending_limit from budget_category where process_id = ? order by name")
			.param(process)
			.query((rs, n) -> new Category(rs.getString(1), (Long) rs.getObject(2)))
			.list();
	}

	List<BudgetProject> projects(UUID process) {
		return this.jdbc.sql("select " + PROJECT_COLUMNS + " from budget_project where process_id = ? order by position")
			.param(process)
			.query((rs, n) -> project(rs))
			.list();
	}

	void saveSettings(RoundSettings settings) {
		this.jdbc.sql("""
				insert into budget_round (process_id, budget, ballot_type, rule, max_choices, verification, changeable)
				values (:process, :budget, :type, :rule, :max, :verification, :changeable)
				on conflict (process_id) do update set budget = excluded.budget, ballot_type = excluded.ballot_type,
				  rule = excluded.rule, max_choices = excluded.max_choices, verification = excluded.verification,
				  changeable = excluded.changeable, updated_at = now()""")
			.param("process", settings.process())
			.param("budget", settings.budget())
			.param("type", settings.ballotType().key())
			.param("rule", settings.rule().key())
			.param("max", settings.maxChoices())
			.param("verification", settings.verification().key())
			.param("changeable", settings.changeable())
			.update();
		this.jdbc.sql("delete from budget_category where process_id = ?").param(settings.process()).update();
		for (Category category : settings.categories()) {
			this.jdbc.sql("insert into budget_category (process_id, name, spending_limit) values (?, ?, ?)")
				.params(settings.process(), category.name(), category.limit())
				.update();
		}
	}

	void addProject(UUID process, BudgetProject project) {
		this.jdbc.sql("insert into budget_project (" + PROJECT_COLUMNS + ", process_id) values (?, "
				+ "(select coalesce(max(position), 0) + 1 from budget_project where process_id = ?), ?, ?, ?, ?, ?, null, ?)")
			.params(project.id(), process, project.title(), project.description(), project.cost(), project.category(),
					project.proposal(), process)
			.update();
	}

	/** Removes a project and closes the gap it leaves, so that ballot positions stay 1 to n. */
	boolean removeProject(UUID process, UUID project) {
		Integer position = this.jdbc.sql("delete from budget_project where process_id = ? and id = ? returning position")
			.params(process, project)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (position == null) {
			return false;
		}
		this.jdbc.sql("update budget_project set position = position - 1 where process_id = ? and position > ?")
			.params(process, position)
			.update();
		return true;
	}

	void removeAllProjects(UUID process) {
		this.jdbc.sql("delete from budget_project where process_id = ?").param(process).update();
	}

	void setProgress(UUID project, Progress progress, String text, @Nullable UUID by) {
		this.jdbc.sql("update budget_project set progress = ? where id = ?").params(progress.key(), project).update();
		this.jdbc.sql("insert into budget_project_update (id, project_id, progress, text, written_by) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), project, progress.key(), text, by)
			.update();
	}

	/** The progress updates of the projects of a round, newest first. */
	public List<ProjectUpdate> updates(UUID process) {
		return this.jdbc.sql("""
				select u.project_id, u.progress, u.text, u.written_at from budget_project_update u
				join budget_project p on p.id = u.project_id where p.process_id = ? order by u.written_at desc, u.id""")
			.param(process)
			.query((rs, n) -> new ProjectUpdate(rs.getObject(1, UUID.class), Progress.ofKey(rs.getString(2)),
					rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	int addCodes(UUID process, List<byte[]> hashes) {
		int batch = this.jdbc.sql("select coalesce(max(batch), 0) + 1 from budget_letter_code where process_id = ?")
			.param(process)
			.query(Integer.class)
			.single();
		List<Object[]> rows = hashes.stream().map(hash -> new Object[] { process, hash, batch }).toList();
		this.batches.batchUpdate("insert into budget_letter_code (process_id, code_hash, batch) values (?, ?, ?)", rows);
		return batch;
	}

	boolean hasCode(UUID process, byte[] hash) {
		return this.jdbc.sql("select count(*) from budget_letter_code where process_id = ? and code_hash = ?")
			.params(process, hash)
			.query(Integer.class)
			.single() > 0;
	}

	public int codeCount(UUID process) {
		return this.jdbc.sql("select count(*) from budget_letter_code where process_id = ?")
			.param(process)
			.query(Integer.class)
			.single();
	}

	/** What became of a ballot sent in. */
	enum Cast {
		NEW, CHANGED, KEPT_FIRST
	}

	/**
	 * Writes the voter's ballot: a new one, or in place of their earlier one when {@code replace} is set;
	 * otherwise an earlier ballot stays as it was. One statement, so racing submissions cannot both be new.
	 */
	Cast cast(UUID process, byte[] voter, int[] projects, boolean replace) {
		String conflict = replace ? "do update set projects = excluded.projects" : "do nothing";
		return this.jdbc.sql("insert into budget_ballot (process_id, voter_key, projects) values (?, ?, ?) on conflict (process_id, voter_key) "
				+ conflict + " returning (xmax = 0)")
			.params(process, voter, boxed(projects))
			.query(Boolean.class)
			.optional()
			.map(inserted -> inserted ? Cast.NEW : Cast.CHANGED)
			.orElse(Cast.KEPT_FIRST);
	}

	Optional<int[]> ballotOf(UUID process, byte[] voter) {
		return this.jdbc.sql("select projects from budget_ballot where process_id = ? and voter_key = ?")
			.params(process, voter)
			.query((rs, n) -> positions(rs.getArray(1)))
			.optional();
	}

	public int ballotCount(UUID process) {
		return this.jdbc.sql("select count(*) from budget_ballot where process_id = ?")
			.param(process)
			.query(Integer.class)
			.single();
	}

	/**
	 * Every ballot of the round in the order of the voter keys, which says nothing of who voted or when;
	 * streamed, so that a million ballots never sit in memory as rows.
	 */
	void eachBallot(UUID process, Consumer<int[]> ballot) {
		this.jdbc.sql("select projects from budget_ballot where process_id = ? order by voter_key")
			.param(process)
			.withFetchSize(5000)
			.query(rs -> {
				ballot.accept(positions(rs.getArray(1)));
			});
	}

	private static Integer[] boxed(int[] projects) {
		Integer[] boxed = new Integer[projects.length];
		for (int i = 0; i < projects.length; i++) {
			boxed[i] = projects[i];
		}
		return boxed;
	}

	private static int[] positions(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		int[] positions = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			positions[i] = ((Number) values[i]).intValue();
		}
		return positions;
	}

	private static BudgetProject project(ResultSet rs) throws SQLException {
		return new BudgetProject(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getObject(7, UUID.class), Progress.ofKey(rs.getString(8)));
	}


}
