package nl.speelveld.participation.challenges;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public register of the uitdaagrecht: every request from its submission on, newest first, with its
 * assessment in numbers and the decision with its reasons. This is the accountability the law asks for,
 * so nothing is left out but the people: who asked and how to reach them.
 */
@Component
public class Register {

	public static final int PAGE_SIZE = 25;

	/** What the register is filtered on; all optional. {@code within} is an area whose parts count too. */
	public record Filter(@Nullable AreaCode gemeente, @Nullable ChallengeStatus status, @Nullable Integer year,
			@Nullable AreaCode within) {
	}

	/** One page of the register and how many requests match in all. */
	public record Found(List<RegisterLine> lines, int total, int page) {

		public int pages() {
			return Math.max(1, (this.total + PAGE_SIZE - 1) / PAGE_SIZE);
		}

	}

	private static final String LINE = """
			select c.id, c.task, c.domain, c.group_name, c.area_code, c.status, c.submitted_at, c.decision_due,
				c.decision, c.decision_reasons,
				(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'met') as met,
				(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'partly') as partly,
				(select count(*) from challenge_assessment a where a.challenge_id = c.id and a.verdict = 'not_met') as not_met
			from challenge c""";

	private final JdbcClient jdbc;

	private final Areas areas;

	Register(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	public Found find(Filter filter, int page) {
		List<String> where = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		if (filter.gemeente() != null) {
			where.add("c.gemeente = :gemeente");
			parameters.put("gemeente", filter.gemeente().value());
		}
		if (filter.status() != null) {
			where.add("c.status = :status");
			parameters.put("status", filter.status().key());
		}
		if (filter.year() != null) {
			where.add("c.submitted_at >= :from and c.submitted_at < :until");
			parameters.put("from", startOf(filter.year()));
			parameters.put("until", startOf(filter.year() + 1));
		}
		if (filter.within() != null) {
			where.add("c.area_key like :prefix");
			parameters.put("prefix", filter.within().value().substring(2) + "%");
		}
		String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		int total = this.jdbc.sql("select count(*) from challenge c" + condition).params(parameters).query(Integer.class).single();
		int chosen = Math.max(0, page);
		parameters.put("limit", PAGE_SIZE);
		parameters.put("offset", chosen * PAGE_SIZE);
		List<RegisterLine> lines = lines(LINE + condition + " order by c.submitted_at desc, c.id limit :limit offset :offset",
				parameters);
		return new Found(lines, total, chosen);
	}

	/** The gemeenten that have requests, for the filter. */
	public List<AreaSummary> gemeenten() {
		return this.jdbc.sql("select distinct gemeente from challenge")
			.query(String.class)
			.list()
			.stream()
			.map(code -> this.areas.summary(new AreaCode(code)))
			.flatMap(java.util.Optional::stream)
			.sorted(java.util.Comparator.comparing(AreaSummary::name))
			.toList();
	}

	/** The years in which requests came in, newest first, for the filter. */
	public List<Integer> years() {
		return this.jdbc.sql("""
				select distinct cast(extract(year from submitted_at at time zone 'Europe/Amsterdam') as integer) as year
				from challenge order by year desc""")
			.query(Integer.class)
			.list();
	}

	/** Requests in these areas (and their parts) that wait for a decision or are carried out, the earliest due first. */
	public List<RegisterLine> openIn(@Nullable List<AreaCode> areas) {
		Map<String, Object> parameters = new HashMap<>();
		String scope = "";
		if (areas != null) {
			if (areas.isEmpty()) {
				return List.of();
			}
			scope = " and c.area_key like any (:prefixes)";
			parameters.put("prefixes", areas.stream().map(area -> area.value().substring(2) + "%").distinct().toArray(String[]::new));
		}
		return lines(LINE + " where c.status in ('submitted', 'assessing', 'assessed', 'granted', 'partly', 'executing')"
				+ scope + " order by c.status in ('granted', 'partly', 'executing'), c.decision_due, c.id limit 500", parameters);
	}

	private List<RegisterLine> lines(String sql, Map<String, Object> parameters) {
		Map<String, String> names = new HashMap<>();
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> {
				AreaCode area = new AreaCode(rs.getString("area_code"));
				String name = names.computeIfAbsent(area.value(), code -> placeName(area));
				String decision = rs.getString("decision");
				return new RegisterLine(rs.getObject("id", UUID.class), rs.getString("task"),
						TaskDomain.fromKey(rs.getString("domain")).orElseThrow(), rs.getString("group_name"), area, name,
						ChallengeStatus.fromKey(rs.getString("status")).orElseThrow(), rs.getTimestamp("submitted_at").toInstant(),
						rs.getDate("decision_due").toLocalDate(), rs.getInt("met"), rs.getInt("partly"), rs.getInt("not_met"),
						decision == null ? null : ChallengeStatus.fromKey(decision).orElseThrow(),
						rs.getString("decision_reasons"));
			})
			.list();
	}

	/** The area's name, with its gemeente's for a wijk or buurt: Oosterparkwijk, Groningen. */
	String placeName(AreaCode area) {
		String name = this.areas.summary(area).map(AreaSummary::name).orElse(area.value());
		if (area.equals(area.gemeente())) {
			return name;
		}
		return name + ", " + this.areas.summary(area.gemeente()).map(AreaSummary::name).orElse(area.gemeente().value());
	}

	static Timestamp startOf(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(ChallengeSteps.AMSTERDAM).toInstant());
	}

}
