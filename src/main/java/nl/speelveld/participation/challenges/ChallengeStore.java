package nl.speelveld.participation.challenges;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes requests, their assessment and their history. A change of status names the status it
 * comes from, so that of two people acting at once only the first moves the request on.
 */
@Repository
public class ChallengeStore {

	static final String COLUMNS = """
			id, status, area_code, task, domain, group_name, requester_id, contact_name, contact_email, contact_phone,
			plan, budget_asked, budget_current, supporters_people, supporters_organisations, support_note, submitted_at,
			decision_due, taken_by, decision, decision_reasons, decided_at, evaluation, withdraw_reason""";

	private final JdbcClient jdbc;

	ChallengeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Challenge> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from challenge where id = ?").param(id).query((rs, n) -> challenge(rs)).optional();
	}

	public Challenge get(UUID id) {
		return byId(id).orElseThrow(() -> new ChallengeNotFound(id.toString()));
	}

	void insert(UUID id, ChallengeForm.Checked request, UUID requester, LocalDate due, List<Criterion> criteria) {
		this.jdbc.sql("""
				insert into challenge (id, status, area_code, gemeente, task, domain, group_name, requester_id, contact_name,
					contact_email, contact_phone, plan, budget_asked, budget_current, supporters_people,
					supporters_organisations, support_note, decision_due)
				values (?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, request.area().value(), request.area().gemeente().value(), request.task(), request.domain().key(),
					request.groupName(), requester, request.contactName(), request.contactEmail(),
					request.contactPhone().isEmpty() ? null : request.contactPhone(), request.plan(), request.budgetAsked(),
					request.budgetCurrent(), request.supportersPeople(), request.supportersOrganisations(),
					request.supportNote(), Date.valueOf(due))
			.update();
		for (int i = 0; i < criteria.size(); i++) {
			this.jdbc.sql("insert into challenge_assessment (challenge_id, position, name, explanation) values (?, ?, ?, ?)")
				.params(id, i, criteria.get(i).name(), criteria.get(i).explanation())
				.update();
		}
	}

	/**
	 * Moves the request from {@code from} to {@code to}, setting {@code columns} too; false when it was no
	 * longer in {@code from}.
	 */
	boolean move(UUID id, ChallengeStatus from, ChallengeStatus to, Map<String, @Nullable Object> columns) {
		StringBuilder sql = new StringBuilder("update challenge set status = :to, updated_at = now()");
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

	void addStep(UUID id, String kind, @Nullable ChallengeStatus from, ChallengeStatus to, Actor actor,
			@Nullable UUID actorId, @Nullable String text) {
		this.jdbc.sql("""
				insert into challenge_step (challenge_id, kind, from_status, to_status, actor_role, actor_id, text)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, kind, from == null ? null : from.key(), to.key(), actor.key(), actorId, text)
			.update();
	}

	void saveVerdicts(UUID id, List<Verdict> verdicts, List<String> notes) {
		for (int i = 0; i < verdicts.size(); i++) {
			this.jdbc.sql("update challenge_assessment set verdict = ?, note = ? where challenge_id = ? and position = ?")
				.params(verdicts.get(i).key(), notes.get(i), id, i)
				.update();
		}
	}

	public List<AssessmentLine> assessment(UUID id) {
		return this.jdbc.sql("""
				select position, name, explanation, verdict, note from challenge_assessment
				where challenge_id = ? order by position""")
			.param(id)
			.query((rs, n) -> new AssessmentLine(rs.getInt(1), rs.getString(2), rs.getString(3),
					rs.getString(4) == null ? null : Verdict.fromKey(rs.getString(4)).orElseThrow(), rs.getString(5)))
			.list();
	}

	public List<HistoryLine> history(UUID id) {
		return this.jdbc.sql("select at, kind, to_status, actor_role, text from challenge_step where challenge_id = ? order by id")
			.param(id)
			.query((rs, n) -> new HistoryLine(rs.getTimestamp(1).toInstant(), rs.getString(2),
					ChallengeStatus.fromKey(rs.getString(3)).orElseThrow(),
					Actor.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), rs.getString(5)))
			.list();
	}

	static Challenge challenge(ResultSet rs) throws SQLException {
		return new Challenge(rs.getObject("id", UUID.class), ChallengeStatus.fromKey(rs.getString("status")).orElseThrow(),
				new AreaCode(rs.getString("area_code")), rs.getString("task"),
				TaskDomain.fromKey(rs.getString("domain")).orElseThrow(), rs.getString("group_name"),
				rs.getObject("requester_id", UUID.class),
				new Challenge.Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
				rs.getString("plan"), rs.getInt("budget_asked"), (Integer) rs.getObject("budget_current"),
				rs.getInt("supporters_people"), rs.getInt("supporters_organisations"), rs.getString("support_note"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getDate("decision_due").toLocalDate(),
				rs.getObject("taken_by", UUID.class),
				rs.getString("decision") == null ? null : ChallengeStatus.fromKey(rs.getString("decision")).orElseThrow(),
				rs.getString("decision_reasons"), instant(rs, "decided_at"),
				rs.getString("evaluation"), rs.getString("withdraw_reason"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
