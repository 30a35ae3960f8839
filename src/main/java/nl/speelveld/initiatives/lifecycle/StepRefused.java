package nl.speelveld.initiatives.lifecycle;

import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.shared.Problem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A step that does not fit where the initiative is now, explained in the visitor's language. */
public class StepRefused extends Problem {

	public StepRefused(Step step, InitiativeStatus status) {
		super(Kind.CONFLICT, "initiative.refused." + step.key(),
				new DefaultMessageSourceResolvable("initiative.status." + status.key()));
	}

}
