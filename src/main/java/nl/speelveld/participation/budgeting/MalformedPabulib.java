package nl.speelveld.participation.budgeting;

import nl.speelveld.shared.Problem;

/**
 * A {@code .pb} file the reader cannot take, with the line (1-based) where it found out. The API answers it with
 * problem+json 400 in the caller's language; the message key says what was wrong.
 */
public class MalformedPabulib extends Problem {

	private final int line;

	MalformedPabulib(int line, String messageKey, Object... details) {
		super(Kind.BAD_INPUT, messageKey, withLine(line, details));
		this.line = line;
	}

	/** The line of the file where the problem is; 0 when it concerns the file as a whole. */
	public int line() {
		return this.line;
	}

	private static Object[] withLine(int line, Object[] details) {
		Object[] arguments = new Object[details.length + 1];
		arguments[0] = Integer.toString(line);
		for (int i = 0; i < details.length; i++) {
			arguments[i + 1] = String.valueOf(details[i]);
		}
		return arguments;
	}

}
