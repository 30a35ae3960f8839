package nl.speelveld.participation.moderation;

import nl.speelveld.shared.Problem;

/** No such contribution, or not one the visitor may see or act on here. */
public class ItemNotFound extends Problem {

	public ItemNotFound() {
		super(Kind.NOT_FOUND, "moderation.problem.not-found");
	}

}
