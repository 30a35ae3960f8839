package nl.speelveld.participation.discussion;

import nl.speelveld.shared.Problem;

/** A reply to a comment that is not one of this proposal's, or not one that shows. */
public class ReplyRefused extends Problem {

	public ReplyRefused() {
		super(Kind.BAD_INPUT, "discussion.problem.reply");
	}

}
