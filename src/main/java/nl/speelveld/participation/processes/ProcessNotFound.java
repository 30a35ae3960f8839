package nl.speelveld.participation.processes;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No process with this id, or not one the visitor may see. */
public class ProcessNotFound extends Problem {

	public ProcessNotFound(UUID id) {
		super(Kind.NOT_FOUND, "participation.problem.not-found", id.toString());
	}

}
