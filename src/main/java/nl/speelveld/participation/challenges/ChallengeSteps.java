package nl.speelveld.participation.challenges;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ChallengeDecided;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a request after its submission. Each checks first who acts (else 403), then whether the
 * step fits the status read (else a refusal that says why), and changes the status only if nobody moved
 * the request in between. Steps of the gemeente are audited; every step is in the history, by role.
 */
@Service
public class ChallengeSteps {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	static final int LONGEST_TEXT = 4000;

	private final ChallengeStore store;

	private final Permissions permissions;

	private final ChallengeNotices notices;

	private final ApplicationEventPublisher events;

	final Clock clock = Clock.system(AMSTERDAM);

	ChallengeSteps(ChallengeStore store, Permissions permissions, ChallengeNotices notices,
			ApplicationEventPublisher events) {
		this.store = store;
		this.permissions = permissions;
		this.notices = notices;
		this.events = events;
	}

	/** The parts the signed-in person plays around this request, read once for a page. */
	public java.util.Set<Actor> who(Challenge challenge) {
		java.util.Set<Actor> who = java.util.EnumSet.noneOf(Actor.class);
		this.permissions.currentUser().ifPresent(user -> {
			if (challenge.isRequestedBy(user.value())) {
				who.add(Actor.REQUESTER);
			}
			if (this.permissions.canCoordinate(challenge.area())) {
				who.add(Actor.GEMEENTE);
			}
		});
		return who;
	}

	/** Whether someone playing these parts could take {@code step} now: for the forms a page shows. */
	public static boolean can(Step step, Challenge challenge, java.util.Set<Actor> who) {
		return step.allowedFrom(challenge.status()) && who.contains(step.by());
	}

	/** A coordinator of the area takes the request for assessment. */
	@Transactional
	public void take(UUID id) {
		Turn turn = begin(id, Step.TAKE);
		move(turn, ChallengeStatus.ASSESSING, Map.of("taken_by", turn.user().value()), null);
	}

	/**
	 * The gemeente's verdict and note per criterion, as many as the request has criteria; each needs both.
	 * An assessment may be corrected until the decision.
	 */
	@Transactional
	public Complaints assess(UUID id, List<@Nullable String> verdicts, List<@Nullable String> notes) {
		Turn turn = begin(id, Step.ASSESS);
		List<AssessmentLine> criteria = this.store.assessment(id);
		Complaints complaints = new Complaints();
		List<Verdict> read = new ArrayList<>();
		List<String> written = new ArrayList<>();
		for (AssessmentLine criterion : criteria) {
			int i = criterion.position();
			Optional<Verdict> verdict = Optional.ofNullable(i < verdicts.size() ? verdicts.get(i) : null).flatMap(Verdict::fromKey);
			String note = Texts.clean(i < notes.size() ? notes.get(i) : null);
			if (verdict.isEmpty()) {
				complaints.add("verdict-" + i, "challenge.error.verdict");
			}
			if (note.length() < 5) {
				complaints.add("note-" + i, "challenge.error.note");
			}
			else if (note.length() > 1000) {
				complaints.add("note-" + i, "challenge.error.too-long");
			}
			verdict.ifPresent(read::add);
			written.add(note);
		}
		if (complaints.isEmpty()) {
			move(turn, ChallengeStatus.ASSESSED, Map.of(), null);
			this.store.saveVerdicts(id, read, written);
		}
		return complaints;
	}

	/** Granted, partly granted or rejected, always with the reasons: they go into the public register. */
	@Transactional
	public Complaints decide(UUID id, @Nullable String decision, @Nullable String reasons) {
		Turn turn = begin(id, Step.DECIDE);
		Complaints complaints = new Complaints();
		ChallengeStatus to = ChallengeStatus.fromKey(Texts.clean(decision))
			.filter(ChallengeStatus.DECISIONS::contains)
			.orElse(null);
		if (to == null) {
			complaints.add("decision", "challenge.error.decision");
		}
		String text = text(complaints, "reasons", reasons, "challenge.error.reasons");
		if (!complaints.isEmpty() || to == null) {
			return complaints;
		}
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("decision", to.key());
		columns.put("decision_reasons", text);
		columns.put("decided_at", Timestamp.from(this.clock.instant()));
		columns.put("decided_by", turn.user().value());
		move(turn, to, columns, text);
		Challenge challenge = turn.challenge();
		this.events.publishEvent(new ChallengeDecided(id, challenge.area(), to.key(),
				LocalDate.now(this.clock).isAfter(challenge.decisionDue())));
		return complaints;
	}

	/** The group begins with the task, after the agreement with the gemeente. */
	@Transactional
	public void start(UUID id) {
		move(begin(id, Step.START), ChallengeStatus.EXECUTING, Map.of(), null);
	}

	/** How it went: written by the gemeente with the group, and public. */
	@Transactional
	public Complaints evaluate(UUID id, @Nullable String evaluation) {
		Turn turn = begin(id, Step.EVALUATE);
		Complaints complaints = new Complaints();
		String text = text(complaints, "evaluation", evaluation, "challenge.error.evaluation");
		if (complaints.isEmpty()) {
			move(turn, ChallengeStatus.EVALUATED, Map.of("evaluation", text), text);
		}
		return complaints;
	}

	/** The group withdraws its request before the decision; a reason is welcome but not asked for. */
	@Transactional
	public Complaints withdraw(UUID id, @Nullable String reason) {
		Turn turn = begin(id, Step.WITHDRAW);
		Complaints complaints = new Complaints();
		String text = Texts.clean(reason);
		if (text.length() > 1000) {
			complaints.add("withdrawReason", "challenge.error.too-long");
			return complaints;
		}
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("withdraw_reason", text.isEmpty() ? null : text);
		move(turn, ChallengeStatus.WITHDRAWN, columns, text.isEmpty() ? null : text);
		return complaints;
	}

	private record Turn(Challenge challenge, Step step, UserId user) {
	}

	private Turn begin(UUID id, Step step) {
		Challenge challenge = this.store.get(id);
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!plays(step.by(), challenge, user)) {
			throw new AccessDeniedException("Step " + step + " is not for this person");
		}
		if (!step.allowedFrom(challenge.status())) {
			throw new StepRefused(step, challenge.status());
		}
		return new Turn(challenge, step, user);
	}

	private boolean plays(Actor actor, Challenge challenge, UserId user) {
		return actor == Actor.REQUESTER ? challenge.isRequestedBy(user.value())
				: this.permissions.canCoordinate(challenge.area());
	}

	private void move(Turn turn, ChallengeStatus to, Map<String, @Nullable Object> columns, @Nullable String text) {
		Challenge challenge = turn.challenge();
		if (!this.store.move(challenge.id(), challenge.status(), to, columns)) {
			throw new StepRefused(turn.step(), this.store.get(challenge.id()).status());
		}
		this.store.addStep(challenge.id(), turn.step().key(), challenge.status(), to, turn.step().by(), turn.user().value(),
				text);
		if (turn.step().by() == Actor.GEMEENTE) {
			this.permissions.audit("challenge." + turn.step().key(), "challenge", challenge.id(),
					Map.of("from", challenge.status().key(), "to", to.key()));
		}
		if (to != challenge.status()) {
			this.notices.moved(this.store.get(challenge.id()));
		}
	}

	private static String text(Complaints complaints, String field, @Nullable String value, String key) {
		String text = Texts.clean(value);
		if (text.length() < 10) {
			complaints.add(field, key);
		}
		else if (text.length() > LONGEST_TEXT) {
			complaints.add(field, "challenge.error.too-long");
		}
		return text;
	}

}
