package nl.speelveld.initiatives.lifecycle;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks a step against the lifecycle before anything changes: first whether this person may take it at
 * all (else 403), then whether it fits the initiative's status now (else a clear refusal).
 */
@Component
public class Lifecycle {

	private final Actors actors;

	Lifecycle(Actors actors) {
		this.actors = actors;
	}

	public Set<Actor> check(Step step, Initiative initiative) {
		Set<Actor> who = this.actors.of(initiative);
		if (!step.allowedFor(who)) {
			throw new AccessDeniedException("Step " + step + " is not for this person");
		}
		if (!step.allowedFrom(initiative.status())) {
			throw new StepRefused(step, initiative.status());
		}
		return who;
	}

	/** Whether the signed-in person could take {@code step} now: for the buttons a page shows. */
	public boolean can(Step step, Initiative initiative, Set<Actor> who) {
		return step.allowedFor(who) && step.allowedFrom(initiative.status());
	}

}
