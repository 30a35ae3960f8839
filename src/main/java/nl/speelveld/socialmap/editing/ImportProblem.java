package nl.speelveld.socialmap.editing;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One problem in an import file: the line it is on (0 for the file as a whole), the column when the message
 * does not say which value it is about, and the message key with the values it names.
 */
public record ImportProblem(int line, @Nullable String column, String key, List<String> arguments)
		implements java.io.Serializable {

	public Object[] args() {
		return this.arguments.toArray();
	}

	/** A message that follows {@code Regel 7:} starts in lower case, as the rest of a sentence does. */
	public static String continuing(String message) {
		if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && !Character.isUpperCase(message.charAt(1))) {
			return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
		}
		return message;
	}

}
