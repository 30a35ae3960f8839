package nl.speelveld.initiatives.lifecycle;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.initiatives.InitiativeSubmitted;
import nl.speelveld.shared.Complaints;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiator submits the worked-out plan to the gemeente. The gemeente's rules are checked here, all
 * at once so the initiator sees everything to fix: a goal and activities, a start far enough ahead, a
 * budget when money is asked and within the maximum, enough supporters, and every criterion confirmed.
 */
@Service
public class Submissions {

	private final Moves moves;

	private final RulesStore rules;

	Submissions(Moves moves, RulesStore rules) {
		this.moves = moves;
		this.rules = rules;
	}

	public LocalRules rulesFor(Initiative initiative) {
		return this.rules.of(initiative.gemeente());
	}

	@Transactional
	public Complaints submit(UUID id, Collection<String> confirmedCriteria) {
		Moves.Turn turn = this.moves.begin(id, Step.SUBMIT);
		Initiative initiative = turn.initiative();
		LocalRules local = rulesFor(initiative);
		LocalDate today = LocalDate.now(this.moves.clock);
		Complaints complaints = complaints(initiative, local, today);
		for (int i = 0; i < local.criteriaCount(); i++) {
			if (!confirmedCriteria.contains(String.valueOf(i))) {
				complaints.add("criterion-" + i, "initiative.submit.criterion-unconfirmed");
			}
		}
		if (complaints.isEmpty()) {
			this.moves.move(turn, Map.of("answer_due", Date.valueOf(today.plusDays(local.answerDays()))), null,
					(initiativeId, area) -> new InitiativeSubmitted(initiativeId, area, this.moves.clock.instant()));
		}
		return complaints;
	}

	private static Complaints complaints(Initiative initiative, LocalRules local, LocalDate today) {
		Complaints complaints = new Complaints();
		Initiative.Plan plan = initiative.plan();
		if (plan.goal().isBlank()) {
			complaints.add("goal", "initiative.submit.goal-missing");
		}
		if (plan.activities().isBlank()) {
			complaints.add("activities", "initiative.submit.activities-missing");
		}
		if (initiative.startsOn() == null) {
			complaints.add("startsOn", "initiative.submit.start-missing");
		}
		else if (initiative.startsOn().isBefore(today.plusWeeks(local.leadWeeks()))) {
			complaints.add("startsOn", "initiative.submit.start-too-soon");
		}
		if (plan.needs(SupportKind.MONEY) && plan.budget().isEmpty()) {
			complaints.add("budget", "initiative.submit.budget-missing");
		}
		else if (plan.total() > local.maxAmount()) {
			complaints.add("budget", "initiative.submit.budget-over-maximum");
		}
		if (initiative.supporters() < local.minSupporters()) {
			complaints.add("supporters", "initiative.submit.too-few-supporters");
		}
		return complaints;
	}

}
