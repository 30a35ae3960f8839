package nl.speelveld.participation.challenges;

import nl.speelveld.shared.Problem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A step that does not fit where the request is now, explained in the visitor's language. */
public class StepRefused extends Problem {

	public StepRefused(Step step, ChallengeStatus status) {
		super(Kind.CONFLICT, "challenge.refused." + step.key(),
				new DefaultMessageSourceResolvable("challenge.status." + status.key()));
	}

}
