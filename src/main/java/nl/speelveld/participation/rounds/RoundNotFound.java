package nl.speelveld.participation.rounds;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** The process has no budgeting round (yet), or no such project in it. */
public class RoundNotFound extends Problem {

	public RoundNotFound(UUID id) {
		super(Kind.NOT_FOUND, "round.problem.not-found", id.toString());
	}

}
