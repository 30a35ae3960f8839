package nl.speelveld.participation.proposals;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened with the proposals of a process, for its report: how many got each outcome, how many wait
 * for an answer, and the answered ones with their reasons. Only proposals the public sees count.
 */
@Component
public class ProposalOutcomes {

	/** The answered proposals a report lists at most; the counts are always whole. */
	public static final int MOST_LISTED = 500;

	/** The counts per outcome (every outcome present, zero when none), the unanswered, and the answered list. */
	public record Overview(Map<Outcome, Long> counts, long unanswered, List<Answered> answered) {

		public Overview {
			counts = Map.copyOf(counts);
			answered = List.copyOf(answered);
		}

		public long count(Outcome outcome) {
			return this.counts.getOrDefault(outcome, 0L);
		}

		public long answeredCount() {
			return this.counts.values().stream().mapToLong(Long::longValue).sum();
		}

		public long total() {
			return answeredCount() + this.unanswered;
		}

	}

	/** An answered proposal as a report shows it; {@code councilDecision} only for the outcome council. */
	public record Answered(UUID id, UUID process, String title, Outcome outcome, String reason,
			@Nullable String councilDecision, int supporters, Instant answeredAt) {

		public String url() {
			return "/participatie/" + this.process + "/voorstellen/" + this.id;
		}

	}

	private final JdbcClient jdbc;

	ProposalOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Overview of(UUID process) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, 0L);
		}
		long[] unanswered = { 0 };
		this.jdbc.sql("""
				select outcome, count(*) from participation_proposal where process_id = ? and moderation = 'visible'
				group by outcome""")
			.param(process)
			.query(rs -> {
				String outcome = rs.getString(1);
				if (outcome == null) {
					unanswered[0] = rs.getLong(2);
				}
				else {
					counts.put(Outcome.fromKey(outcome).orElseThrow(), rs.getLong(2));
				}
			});
		List<Answered> answered = this.jdbc.sql("""
				select id, title, outcome, outcome_reason, council_decision, supporters, answered_at from participation_proposal
				where process_id = ? and moderation = 'visible' and outcome is not null
				order by answered_at desc, id limit ?""")
			.params(process, MOST_LISTED)
			.query((rs, n) -> new Answered(rs.getObject(1, UUID.class), process, rs.getString(2),
					Outcome.fromKey(rs.getString(3)).orElseThrow(), rs.getString(4), rs.getString(5), rs.getInt(6),
					rs.getTimestamp(7).toInstant()))
			.list();
		return new Overview(counts, unanswered[0], answered);
	}

}
