package nl.speelveld.socialmap.playingfield;

import nl.speelveld.shared.Problem;

/** The exploration was asked for something that is not a gemeente code, such as a wijk or a typo. */
public class NotAGemeente extends Problem {

	public NotAGemeente(String text) {
		super(Kind.BAD_INPUT, "problem.exploration.not-a-gemeente", text);
	}

}
