package nl.speelveld.initiatives.lifecycle;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.Initiative.BudgetLine;
import nl.speelveld.initiatives.lifecycle.Initiative.Outcome;
import nl.speelveld.initiatives.lifecycle.Initiative.Plan;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes initiatives and their history. A change of status names the status it comes from, so
 * that of two people acting at once only the first moves the initiative on.
 */
@Repository
public class InitiativeStore {

	static final String COLUMNS = """
			id, status, title, summary, initiator_name, initiator_id, area_code, lat, lon, starts_on, goal, activities,
			support_needed, taken_by, taken_post, granted_amount, outcome, evaluation_liveability, evaluation_cohesion,
			participants, stop_reason, supporters, answer_due, created_at, updated_at""";

	private final JdbcClient jdbc;

	InitiativeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String title, String summary, String initiatorName, UUID initiator, AreaCode area, double lat,
			double lon, @Nullable LocalDate startsOn) {
		this.jdbc.sql("""
				insert into initiative (id, status, title, summary, initiator_name, initiator_id, area_code, gemeente, lat,
					lon, starts_on)
				values (?, 'idea', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, title, summary, initiatorName, initiator, area.value(), area.gemeente().value(), lat, lon,
					startsOn == null ? null : Date.valueOf(startsOn))
			.update();
	}

	public Optional<Initiative> byId(UUID id) {
		// The budget first, not from inside the row mapper, which would take a second connection while holding one.
		List<BudgetLine> budget = budgetOf(id);
		return this.jdbc.sql("select " + COLUMNS + " from initiative where id = ?")
			.param(id)
			.query((rs, n) -> initiative(rs, budget))
			.optional();
	}

	public Initiative get(UUID id) {
		return byId(id).orElseThrow(() -> new InitiativeNotFound(id.toString()));
	}

	List<BudgetLine> budgetOf(UUID id) {
		return this.jdbc
			.sql("select description, amount from initiative_budget_line where initiative_id = ? order by position")
			.param(id)
			.query((rs, n) -> new BudgetLine(rs.getString(1), rs.getInt(2)))
			.list();
	}

	void updateIdea(UUID id, String title, String summary, String initiatorName, @Nullable LocalDate startsOn,
			Plan plan) {
		this.jdbc.sql("""
				update initiative set title = ?, summary = ?, initiator_name = ?, starts_on = ?, goal = ?, activities = ?,
					support_needed = ?, updated_at = now()
				where id = ?""")
			.params(title, summary, initiatorName, startsOn == null ? null : Date.valueOf(startsOn), plan.goal(),
					plan.activities(), plan.supportNeeded().toArray(String[]::new), id)
			.update();
		this.jdbc.sql("delete from initiative_budget_line where initiative_id = ?").param(id).update();
		int position = 0;
		for (BudgetLine line : plan.budget()) {
			this.jdbc
				.sql("insert into initiative_budget_line (initiative_id, position, description, amount) values (?, ?, ?, ?)")
				.params(id, position++, line.description(), line.amount())
				.update();
		}
	}

	/**
	 * Moves the initiative from {@code from} to {@code to}, setting {@code columns} too; false when it was
	 * no longer in {@code from}.
	 */
	boolean move(UUID id, InitiativeStatus from, InitiativeStatus to, Map<String, @Nullable Object> columns) {
		StringBuilder sql = new StringBuilder("update initiative set status = :to, updated_at = now()");
		columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
		sql.append(" where id = :id and status = :from");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("to", to.key())
			.param("id", id)
			.param("from", from.key());
		for (Map.Entry<String, @Nullable Object> column : columns.entrySet()) {
			statement = statement.param(column.getKey(), column.getValue());
		}
		return statement.update() == 1;
	}

	void addStep(UUID id, @Nullable Step step, @Nullable InitiativeStatus from, InitiativeStatus to, Actor actor,
			@Nullable UUID actorId, @Nullable String text) {
		this.jdbc.sql("""
				insert into initiative_step (initiative_id, kind, from_status, to_status, actor_role, actor_id, text)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, step == null ? "create" : step.key(), from == null ? null : from.key(), to.key(), actor.name()
				.toLowerCase(java.util.Locale.ROOT), actorId, text)
			.update();
	}

	public List<HistoryLine> history(UUID id) {
		return this.jdbc.sql("""
				select at, kind, from_status, to_status, actor_role, text from initiative_step
				where initiative_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new HistoryLine(rs.getTimestamp(1).toInstant(), rs.getString(2),
					InitiativeStatus.byKey(rs.getString(4)).orElseThrow(), rs.getString(5), rs.getString(6)))
			.list();
	}

	static Initiative initiative(ResultSet rs, List<BudgetLine> budget) throws SQLException {
		Plan plan = new Plan(rs.getString("goal"), rs.getString("activities"), strings(rs.getArray("support_needed")),
				budget);
		String outcomeText = rs.getString("outcome");
		Outcome outcome = outcomeText == null ? null
				: new Outcome(outcomeText, text(rs, "evaluation_liveability"), text(rs, "evaluation_cohesion"),
						(Integer) rs.getObject("participants"));
		return new Initiative(rs.getObject("id", UUID.class),
				InitiativeStatus.byKey(rs.getString("status")).orElseThrow(), rs.getString("title"),
				rs.getString("summary"), rs.getString("initiator_name"), rs.getObject("initiator_id", UUID.class),
				new AreaCode(rs.getString("area_code")), rs.getDouble("lat"), rs.getDouble("lon"),
				date(rs.getDate("starts_on")), plan, rs.getObject("taken_by", UUID.class),
				rs.getObject("taken_post", UUID.class), (Integer) rs.getObject("granted_amount"), outcome,
				rs.getString("stop_reason"), rs.getInt("supporters"), date(rs.getDate("answer_due")),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
	}

	private static String text(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? "" : value;
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp.toInstant();
	}

}
