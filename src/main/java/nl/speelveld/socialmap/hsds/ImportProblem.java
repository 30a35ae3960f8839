package nl.speelveld.socialmap.hsds;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Something wrong with (an error) or worth knowing about (a note) an imported HSDS file, at a place in it
 * given as a JSON path such as {@code $.organizations[0].services[2].name}.
 */
public record ImportProblem(boolean error, String path, String messageKey, Object... arguments) {

	static ImportProblem error(String path, String messageKey, Object... arguments) {
		return new ImportProblem(true, path, messageKey, arguments);
	}

	static ImportProblem note(String path, String messageKey, Object... arguments) {
		return new ImportProblem(false, path, messageKey, arguments);
	}

	/** The problem in words; arguments that are message keys themselves (a type name) are translated too. */
	public String describe(MessageSource messages, Locale locale) {
		Object[] shown = new Object[this.arguments.length];
		for (int i = 0; i < shown.length; i++) {
			Object argument = this.arguments[i];
			shown[i] = argument instanceof String text && text.startsWith("hsds.type.")
					? messages.getMessage(text, null, text, locale) : argument;
		}
		return messages.getMessage(this.messageKey, shown, locale);
	}

}
