package nl.speelveld.participation.challenges;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Makes a gemeente's yearly report; only for the coordinators of that gemeente and administrators. */
@Service
public class YearReports {

	private final JdbcClient jdbc;

	private final Areas areas;

	private final Permissions permissions;

	YearReports(JdbcClient jdbc, Areas areas, Permissions permissions) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.permissions = permissions;
	}

	public YearReport of(AreaCode gemeente, int year) {
		if (gemeente.level() != AreaLevel.GEMEENTE || !this.permissions.canCoordinate(gemeente)) {
			throw new AccessDeniedException("The yearly report is for the gemeente's coordinators");
		}
		Map<String, String> names = new HashMap<>();
		var lines = this.jdbc.sql("""
				select c.id, c.submitted_at, c.task, c.domain, c.group_name, c.area_code, c.status, c.decision, c.decision_due,
					c.decided_at, c.budget_asked, c.budget_current,
					(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'met') as met,
					(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'partly') as partly,
					(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'not_met') as not_met
				from challenge c
				where c.gemeente = ? and c.submitted_at >= ? and c.submitted_at < ?
				order by c.submitted_at, c.id""")
			.params(gemeente.value(), Register.startOf(year), Register.startOf(year + 1))
			.query((rs, n) -> {
				String area = rs.getString("area_code");
				String decision = rs.getString("decision");
				var decidedAt = rs.getTimestamp("decided_at");
				return new YearReport.Line(rs.getObject("id", UUID.class),
						rs.getTimestamp("submitted_at").toInstant().atZone(ChallengeSteps.AMSTERDAM).toLocalDate(),
						rs.getString("task"), TaskDomain.fromKey(rs.getString("domain")).orElseThrow(), rs.getString("group_name"),
						names.computeIfAbsent(area, code -> this.areas.summary(new AreaCode(code)).map(AreaSummary::name).orElse(code)),
						ChallengeStatus.fromKey(rs.getString("status")).orElseThrow(),
						decision == null ? null : ChallengeStatus.fromKey(decision).orElseThrow(),
						((Date) rs.getDate("decision_due")).toLocalDate(),
						decidedAt == null ? null : decidedAt.toInstant().atZone(ChallengeSteps.AMSTERDAM).toLocalDate(),
						rs.getInt("budget_asked"), (Integer) rs.getObject("budget_current"), rs.getInt("met"),
						rs.getInt("partly"), rs.getInt("not_met"));
			})
			.list();
		String name = this.areas.summary(gemeente).map(AreaSummary::name).orElse(gemeente.value());
		return new YearReport(gemeente, name, year, LocalDate.now(ChallengeSteps.AMSTERDAM), lines);
	}

}
