package nl.speelveld.participation.proposals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ProposalAnswered;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a process answers a proposal: adopted, partly adopted, not adopted, or part of a decision
 * of the gemeenteraad, always with the reasons. An answer may be changed later. Every answer is audited,
 * and the author and the supporters hear of it in their digest; the one who answered does not.
 */
@Service
public class Answers {

	public static final String TOPIC = "participation";

	static final int REASON_MIN = 10;

	static final int REASON_MAX = 4000;

	static final int DECISION_MAX = 300;

	private final JdbcClient jdbc;

	private final ProcessSteps steps;

	private final Permissions permissions;

	private final ProposalStore store;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	Answers(JdbcClient jdbc, ProcessSteps steps, Permissions permissions, ProposalStore store,
			Notifications notifications, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.steps = steps;
		this.permissions = permissions;
		this.store = store;
		this.notifications = notifications;
		this.events = events;
	}

	@Transactional
	public Complaints answer(Process process, UUID id, @Nullable String outcomeKey, @Nullable String reason,
			@Nullable String councilDecision) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process answer its proposals");
		}
		UserId by = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Proposal proposal = this.store.find(process.id(), id)
			.filter(found -> found.moderation() == Moderation.VISIBLE)
			.orElseThrow(() -> new ProposalNotFound(id));
		Complaints complaints = new Complaints();
		Optional<Outcome> outcome = Optional.ofNullable(outcomeKey).flatMap(Outcome::fromKey);
		if (outcome.isEmpty()) {
			complaints.add("outcome", "proposal.answer.error.outcome");
		}
		String reasons = ProposalForm.clean(reason);
		if (reasons.length() < REASON_MIN) {
			complaints.add("reason", reasons.isEmpty() ? "proposal.answer.error.reason-empty"
					: "proposal.answer.error.reason-short");
		}
		else if (reasons.length() > REASON_MAX) {
			complaints.add("reason", "proposal.answer.error.reason-long");
		}
		String decision = ProposalForm.clean(councilDecision);
		if (outcome.orElse(null) == Outcome.COUNCIL && decision.isEmpty()) {
			complaints.add("councilDecision", "proposal.answer.error.decision-empty");
		}
		else if (decision.length() > DECISION_MAX) {
			complaints.add("councilDecision", "proposal.answer.error.decision-long");
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		Outcome given = outcome.orElseThrow();
		this.jdbc.sql("""
				update participation_proposal set outcome = ?, outcome_reason = ?, council_decision = ?, answered_at = now(),
					answered_by = ?, updated_at = now()
				where id = ?""")
			.params(given.key(), reasons, given == Outcome.COUNCIL ? decision : null, by.value(), id)
			.update();
		this.permissions.audit(proposal.isAnswered() ? "participation-proposal-answer-changed" : "participation-proposal-answered",
				"participation-proposal", id, Map.of("process", process.id().toString(), "outcome", given.key()));
		notify(proposal, given, by);
		this.events.publishEvent(new ProposalAnswered(process.id(), process.area(), id, given.key(), proposal.isAnswered()));
		return complaints;
	}

	private void notify(Proposal proposal, Outcome outcome, UserId by) {
		if (proposal.authorId() != null && !proposal.authorId().equals(by.value())) {
			this.notifications.notify(new UserId(proposal.authorId()),
					Notice.of(TOPIC, "proposal.notice.author." + outcome.key(), proposal.url(), proposal.title()));
		}
		List<UUID> supporters = this.jdbc
			.sql("select account_id from participation_proposal_supporter where proposal_id = ? and account_id <> ?")
			.params(proposal.id(), by.value())
			.query(UUID.class)
			.list();
		for (UUID supporter : supporters) {
			this.notifications.notify(new UserId(supporter),
					Notice.of(TOPIC, "proposal.notice.supporter." + outcome.key(), proposal.url(), proposal.title()));
		}
	}

}
