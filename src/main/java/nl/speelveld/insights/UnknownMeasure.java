package nl.speelveld.insights;

import nl.speelveld.shared.Problem;

/** A map was asked for a measure Speelveld does not know. */
public class UnknownMeasure extends Problem {

	public UnknownMeasure(String key) {
		super(Kind.BAD_INPUT, "insights.problem.unknown-measure", key);
	}

}
