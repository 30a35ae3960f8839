package nl.speelveld.routing.questions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.routing.QuestionOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes questions and their steps. Every change of status names the status it comes from, so that
 * two people acting at once cannot both move a question on: the second finds nothing to change. A failed
 * statement is reported without the database's message, which can quote a row with the resident's text.
 */
@Repository
class QuestionStore {

	private static final String COLUMNS = """
			id, status, question, email, language, area_code, post_id, role_code, created_at, delivered_at, due_on,
			responded_at, first_response_at, closed_at, outcome, erased_at""";

	private static final String[] OPEN = QuestionStatus.OPEN.stream().map(QuestionStatus::key).toArray(String[]::new);

	private final JdbcClient jdbc;

	QuestionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertUnverified(UUID id, String tokenHash, String text, String email, Locale locale, AreaCode area, UUID post,
			String role) {
		write("insert", () -> {
			this.jdbc.sql("""
					insert into routing_question (id, status, question, email, language, area_code, post_id, role_code)
					values (?, 'unverified', ?, ?, ?, ?, ?, ?)""")
				.params(id, text, email, locale.getLanguage(), area.value(), post, role)
				.update();
			return addLink(id, tokenHash);
		});
	}

	/** Another link to the question's status page, for a mail after the first. */
	int addLink(UUID question, String tokenHash) {
		return write("link", () -> this.jdbc
			.sql("insert into routing_question_link (token_hash, question_id) values (?, ?)")
			.params(tokenHash, question)
			.update());
	}

	Optional<Question> byTokenHash(String hash) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from routing_question where id = (select question_id from routing_question_link where token_hash = ?)")
			.param(hash)
			.query((rs, n) -> question(rs))
			.optional();
	}

	Optional<Question> byId(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from routing_question where id = ?")
			.param(id)
			.query((rs, n) -> question(rs))
			.optional();
	}

	/** The questions left with this address whose texts are still kept, for a person's download and erasure. */
	List<Question> byEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + " from routing_question where lower(email) = lower(?) order by created_at")
			.param(email)
			.query((rs, n) -> question(rs))
			.list();
	}

	List<Step> steps(UUID question) {
		return this.jdbc.sql("""
				select at, kind, post_id, role_code, to_post_id, to_role_code, outcome, text
				from routing_question_step where question_id = ? order by id""")
			.param(question)
			.query((rs, n) -> new Step(instant(rs, "at"), StepKind.fromKey(rs.getString("kind")),
					rs.getObject("post_id", UUID.class), rs.getString("role_code"), rs.getObject("to_post_id", UUID.class),
					rs.getString("to_role_code"), outcome(rs.getString("outcome")), rs.getString("text")))
			.list();
	}

	/** The questions held by these posts: the open ones, or those closed since {@code closedSince}. */
	List<Question> ofPosts(Collection<UUID> posts, boolean open, Instant closedSince, int limit) {
		if (posts.isEmpty()) {
			return List.of();
		}
		String condition = open ? "status = any(:open)" : "status = 'closed' and closed_at >= :since";
		String order = open ? "due_on, delivered_at" : "closed_at desc";
		return this.jdbc.sql("select " + COLUMNS + " from routing_question where post_id = any(:posts) and " + condition
				+ " order by " + order + " limit :limit")
			.param("posts", posts.toArray(UUID[]::new))
			.param("open", OPEN)
			.param("since", Timestamp.from(closedSince))
			.param("limit", limit)
			.query((rs, n) -> question(rs))
			.list();
	}

	/** Confirmed by the resident: the question reaches the post it was left with. */
	boolean deliver(Question question, LocalDate dueOn, Instant now) {
		return write("deliver", () -> {
			int changed = this.jdbc.sql("""
					update routing_question set status = 'delivered', delivered_at = ?, due_on = ?
					where id = ? and status = 'unverified'""")
				.params(Timestamp.from(now), dueOn, question.id())
				.update();
			if (changed == 1) {
				step(question.id(), now, StepKind.DELIVERED, question.post(), question.roleCode(), null, null, null, null);
			}
			return changed == 1;
		});
	}

	/** Accepted or answered by the post that holds the question, from one of {@code from}. */
	boolean respond(Question question, Collection<QuestionStatus> from, QuestionStatus to, StepKind kind,
			@Nullable String text, Instant now) {
		return write(kind.key(), () -> {
			int changed = this.jdbc.sql("""
					update routing_question set status = :to, responded_at = coalesce(responded_at, :now),
					       first_response_at = coalesce(first_response_at, :now)
					where id = :id and post_id = :post and status = any(:from)""")
				.param("to", to.key())
				.param("now", Timestamp.from(now))
				.param("id", question.id())
				.param("post", question.post())
				.param("from", from.stream().map(QuestionStatus::key).toArray(String[]::new))
				.update();
			if (changed == 1) {
				step(question.id(), now, kind, question.post(), question.roleCode(), null, null, null, text);
			}
			return changed == 1;
		});
	}

	/** Handed on to another post, which has until {@code dueOn} for its own first response. */
	boolean handOff(Question question, UUID toPost, String toRole, String note, LocalDate dueOn, Instant now) {
		return write("hand-off", () -> {
			int changed = this.jdbc.sql("""
					update routing_question set post_id = :to, role_code = :role, status = 'delivered', delivered_at = :now,
					       due_on = :due, responded_at = null, reminded_due_at = null, reminded_overdue_at = null,
					       first_response_at = coalesce(first_response_at, :now)
					where id = :id and post_id = :post and status = any(:open)""")
				.param("to", toPost)
				.param("role", toRole)
				.param("now", Timestamp.from(now))
				.param("due", dueOn)
				.param("id", question.id())
				.param("post", question.post())
				.param("open", OPEN)
				.update();
			if (changed == 1) {
				step(question.id(), now, StepKind.HANDED_OFF, question.post(), question.roleCode(), toPost, toRole, null,
						note);
			}
			return changed == 1;
		});
	}

	boolean close(Question question, QuestionOutcome outcome, @Nullable String note, Instant now) {
		return write("close", () -> {
			int changed = this.jdbc.sql("""
					update routing_question set status = 'closed', closed_at = :now, outcome = :outcome,
					       responded_at = coalesce(responded_at, :now), first_response_at = coalesce(first_response_at, :now)
					where id = :id and post_id = :post and status = any(:open)""")
				.param("now", Timestamp.from(now))
				.param("outcome", outcome.key())
				.param("id", question.id())
				.param("post", question.post())
				.param("open", OPEN)
				.update();
			if (changed == 1) {
				step(question.id(), now, StepKind.CLOSED, question.post(), question.roleCode(), null, null, outcome, note);
			}
			return changed == 1;
		});
	}

	/**
	 * The resident withdraws the question: an open one is closed as withdrawn, and the texts and the address
	 * go at once. A question never confirmed goes altogether. Returns whether it was still open.
	 */
	boolean withdraw(Question question, Instant now) {
		return write("withdraw", () -> {
			if (question.status() == QuestionStatus.UNVERIFIED) {
				this.jdbc.sql("delete from routing_question where id = ? and status = 'unverified'").param(question.id()).update();
				return false;
			}
			int closed = this.jdbc.sql("""
					update routing_question set status = 'closed', closed_at = :now, outcome = 'withdrawn'
					where id = :id and status = any(:open)""")
				.param("now", Timestamp.from(now))
				.param("id", question.id())
				.param("open", OPEN)
				.update();
			if (closed == 1) {
				step(question.id(), now, StepKind.WITHDRAWN, question.post(), question.roleCode(), null, null,
						QuestionOutcome.WITHDRAWN, null);
			}
			erase(List.of(question.id()), now);
			return closed == 1;
		});
	}

	/** The waiting questions whose first response is due by {@code today} and that still need a reminder. */
	List<Question> needingReminder(LocalDate today) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from routing_question
				where status = 'delivered' and due_on <= :today
				  and (reminded_due_at is null or (reminded_overdue_at is null and due_on < :today))
				order by due_on""")
			.param("today", today)
			.query((rs, n) -> question(rs))
			.list();
	}

	/**
	 * Claims the reminder of this kind for the question as it is held now (a hand-off since the list was read
	 * makes the claim fail); true when this run is the one to send it. An overdue reminder also stands for a
	 * missed due reminder, so that a question never gets more than two.
	 */
	boolean claimReminder(Question question, boolean overdue, Instant now) {
		String set = overdue ? "reminded_overdue_at = :now, reminded_due_at = coalesce(reminded_due_at, :now)"
				: "reminded_due_at = :now";
		String unclaimed = overdue ? "reminded_overdue_at is null" : "reminded_due_at is null";
		return write("remind", () -> this.jdbc.sql("update routing_question set " + set
				+ " where id = :id and post_id = :post and status = 'delivered' and " + unclaimed)
			.param("now", Timestamp.from(now))
			.param("id", question.id())
			.param("post", question.post())
			.update() == 1);
	}

	int deleteUnverifiedBefore(Instant cutOff) {
		return write("retention", () -> this.jdbc
			.sql("delete from routing_question where status = 'unverified' and created_at < ?")
			.param(Timestamp.from(cutOff))
			.update());
	}

	/**
	 * Deletes the texts, the address and the links of questions closed before {@code cutOff}, a batch at a
	 * time; returns how many questions lost their texts (a withdrawn one had lost them already).
	 */
	int eraseClosedBefore(Instant cutOff, Instant now, int batch) {
		return write("retention", () -> {
			List<UUID> due = this.jdbc.sql("""
					select id from routing_question where status = 'closed' and erased_at is null and closed_at < ?
					limit ?""")
				.params(Timestamp.from(cutOff), batch)
				.query(UUID.class)
				.list();
			erase(due, now);
			this.jdbc.sql("""
					delete from routing_question_link where question_id in
					  (select id from routing_question where status = 'closed' and closed_at < ?)""")
				.param(Timestamp.from(cutOff))
				.update();
			return due.size();
		});
	}

	private void erase(List<UUID> questions, Instant now) {
		if (questions.isEmpty()) {
			return;
		}
		UUID[] ids = questions.toArray(UUID[]::new);
		this.jdbc.sql("""
				update routing_question set question = null, email = null, erased_at = :now
				where id = any(:ids) and erased_at is null""")
			.param("now", Timestamp.from(now))
			.param("ids", ids)
			.update();
		this.jdbc.sql("update routing_question_step set text = null where question_id = any(:ids) and text is not null")
			.param("ids", ids)
			.update();
	}

	private void step(UUID question, Instant at, StepKind kind, UUID post, String role, @Nullable UUID toPost,
			@Nullable String toRole, @Nullable QuestionOutcome outcome, @Nullable String text) {
		this.jdbc.sql("""
				insert into routing_question_step (question_id, at, kind, post_id, role_code, to_post_id, to_role_code, outcome, text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(question, Timestamp.from(at), kind.key(), post, role, toPost, toRole,
					outcome == null ? null : outcome.key(), text)
			.update();
	}

	/** Runs a write; a failure is reported by what was attempted and the SQL state only. */
	private static <T> T write(String what, Supplier<T> statement) {
		try {
			return statement.get();
		}
		catch (DataAccessException failed) {
			throw new QuestionNotStored(what, failed);
		}
	}

	private static Question question(ResultSet rs) throws SQLException {
		String outcome = rs.getString("outcome");
		return new Question(rs.getObject("id", UUID.class), QuestionStatus.fromKey(rs.getString("status")),
				rs.getString("question"), rs.getString("email"), Locale.forLanguageTag(rs.getString("language")),
				new AreaCode(rs.getString("area_code")), rs.getObject("post_id", UUID.class), rs.getString("role_code"),
				instant(rs, "created_at"), optionalInstant(rs, "delivered_at"), rs.getObject("due_on", LocalDate.class),
				optionalInstant(rs, "responded_at"), optionalInstant(rs, "first_response_at"),
				optionalInstant(rs, "closed_at"), outcome(outcome), optionalInstant(rs, "erased_at"));
	}

	private static @Nullable QuestionOutcome outcome(@Nullable String key) {
		return key == null ? null : QuestionOutcome.fromKey(key).orElse(null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant optionalInstant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
