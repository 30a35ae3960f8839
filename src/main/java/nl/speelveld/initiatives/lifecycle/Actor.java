package nl.speelveld.initiatives.lifecycle;

/** The parts people play around an initiative; each step says which of them may take it. */
public enum Actor {

	/** The resident who started it. */
	INITIATOR,
	/** The professional who took it in and guides it. */
	GUIDE,
	/** A professional whose post reaches the initiative's place: may take it in. */
	PROFESSIONAL,
	/** A coordinator of the initiative's gemeente (or an administrator). */
	COORDINATOR

}
