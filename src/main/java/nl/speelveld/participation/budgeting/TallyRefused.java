package nl.speelveld.participation.budgeting;

import nl.speelveld.shared.Problem;

/** An election the rule cannot count in reasonable time or at all, said in the caller's language. */
public class TallyRefused extends Problem {

	TallyRefused(String messageKey, Object... arguments) {
		super(Kind.BAD_INPUT, messageKey, arguments);
	}

}
