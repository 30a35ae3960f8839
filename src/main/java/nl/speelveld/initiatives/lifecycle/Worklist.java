package nl.speelveld.initiatives.lifecycle;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiatives a person has to do with: the ones they started or support, the ones they guide, and,
 * for professionals and coordinators, the submitted ones in their areas waiting for someone to take them in.
 */
@Component
public class Worklist {

	static final int MOST = 200;

	/** One line of a list: enough to find the initiative and see what it waits for. */
	public record Line(UUID id, String title, InitiativeStatus status, AreaCode area, @Nullable LocalDate answerDue,
			int supporters) {

		public boolean overdue(LocalDate today) {
			return this.answerDue != null && this.answerDue.isBefore(today)
					&& InitiativeStatus.AWAITING_ANSWER.contains(this.status);
		}

	}

	private static final String LINE = "select id, title, status, area_code, answer_due, supporters from initiative ";

	private final JdbcClient jdbc;

	Worklist(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Line> startedBy(UUID user) {
		return lines(LINE + "where initiator_id = ? order by updated_at desc limit " + MOST, user);
	}

	public List<Line> supportedBy(UUID user) {
		return lines(LINE + "where id in (select initiative_id from initiative_supporter where user_id = ?) "
				+ "order by updated_at desc limit " + MOST, user);
	}

	public List<Line> guidedBy(UUID user) {
		return lines(LINE + "where taken_by = ? order by status in ('done', 'stopped', 'declined'), answer_due nulls last "
				+ "limit " + MOST, user);
	}

	/** Submitted initiatives in (the parts of) these areas that nobody took in yet, longest waiting first. */
	public List<Line> waitingIn(Collection<AreaCode> areas) {
		if (areas.isEmpty()) {
			return List.of();
		}
		String[] prefixes = areas.stream().map(area -> area.value().substring(2) + "%").distinct().toArray(String[]::new);
		return lines(LINE + "where status = 'submitted' and area_key like any (?) order by answer_due, id limit " + MOST,
				(Object) prefixes);
	}

	private List<Line> lines(String sql, Object... parameters) {
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> new Line(rs.getObject(1, UUID.class), rs.getString(2),
					InitiativeStatus.byKey(rs.getString(3)).orElseThrow(), new AreaCode(rs.getString(4)),
					date(rs.getDate(5)), rs.getInt(6)))
			.list();
	}

	private static @Nullable LocalDate date(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
