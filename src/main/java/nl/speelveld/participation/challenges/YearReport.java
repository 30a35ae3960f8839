package nl.speelveld.participation.challenges;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/**
 * What a gemeente reports to its council on the uitdaagrecht for one year (the requests submitted in it):
 * how many per status, per decision and per kind of task, how long deciding took on average, how many
 * decisions came late or are overdue now, and the requests themselves. Everything is counted from
 * {@link #lines}, so the figures and the list cannot disagree.
 */
public record YearReport(AreaCode gemeente, String gemeenteName, int year, LocalDate madeOn, List<Line> lines) {

	/** One request in the report. {@code daysToDecision} counts calendar days from submission to decision. */
	public record Line(UUID id, LocalDate submittedOn, String task, TaskDomain domain, String groupName, String areaName,
			ChallengeStatus status, @Nullable ChallengeStatus decision, LocalDate decisionDue, @Nullable LocalDate decidedOn,
			int budgetAsked, @Nullable Integer budgetCurrent, int met, int partly, int notMet) {

		public @Nullable Integer daysToDecision() {
			return this.decidedOn == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(this.submittedOn, this.decidedOn);
		}

		/** Decided after the due date. */
		public boolean decidedLate() {
			return this.decidedOn != null && this.decidedOn.isAfter(this.decisionDue);
		}

		/** Still without a decision, and the due date has passed. */
		public boolean overdueOn(LocalDate day) {
			return this.status.awaitsDecision() && this.decisionDue.isBefore(day);
		}

	}

	public YearReport {
		lines = List.copyOf(lines);
	}

	public Map<ChallengeStatus, Integer> perStatus() {
		Map<ChallengeStatus, Integer> counts = new EnumMap<>(ChallengeStatus.class);
		for (ChallengeStatus status : ChallengeStatus.values()) {
			counts.put(status, 0);
		}
		this.lines.forEach(line -> counts.merge(line.status(), 1, Integer::sum));
		return counts;
	}

	public Map<ChallengeStatus, Integer> perDecision() {
		Map<ChallengeStatus, Integer> counts = new EnumMap<>(ChallengeStatus.class);
		ChallengeStatus.DECISIONS.forEach(decision -> counts.put(decision, 0));
		this.lines.stream().filter(line -> line.decision() != null).forEach(line -> counts.merge(line.decision(), 1, Integer::sum));
		return counts;
	}

	/** Per kind of task: how many requests, and how many of them were granted wholly or partly. */
	public Map<TaskDomain, int[]> perDomain() {
		Map<TaskDomain, int[]> counts = new EnumMap<>(TaskDomain.class);
		for (Line line : this.lines) {
			int[] count = counts.computeIfAbsent(line.domain(), domain -> new int[2]);
			count[0]++;
			if (line.decision() == ChallengeStatus.GRANTED || line.decision() == ChallengeStatus.PARTLY) {
				count[1]++;
			}
		}
		return counts;
	}

	public int decided() {
		return (int) this.lines.stream().filter(line -> line.decidedOn() != null).count();
	}

	/** The average of the days to a decision, to one decimal; null when nothing was decided yet. */
	public @Nullable Double averageDaysToDecision() {
		var days = this.lines.stream().map(Line::daysToDecision).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue);
		var average = days.average();
		return average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null;
	}

	public int decidedLate() {
		return (int) this.lines.stream().filter(Line::decidedLate).count();
	}

	public int overdueNow() {
		return (int) this.lines.stream().filter(line -> line.overdueOn(this.madeOn)).count();
	}

	public int budgetAskedTotal() {
		return this.lines.stream().mapToInt(Line::budgetAsked).sum();
	}

}
