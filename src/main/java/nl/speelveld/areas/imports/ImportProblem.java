package nl.speelveld.areas.imports;

import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * Something wrong (an error: nothing is imported) or worth knowing (a note: imported after a repair) about
 * one place in one file. Stored as a message key so that it reads in Dutch or English.
 */
public record ImportProblem(Severity severity, String file, @Nullable Location location, @Nullable String code,
		String messageKey, Object[] arguments) {

	/** Where in a file: a line of a CSV or JSON text, or the n-th feature of a GeoJSON collection. */
	public record Location(String kind, long number) {

		static Location line(long number) {
			return new Location("line", number);
		}

		static Location feature(long number) {
			return new Location("feature", number);
		}

	}

	public enum Severity {

		ERROR, NOTE

	}

	static ImportProblem error(String file, @Nullable Location location, @Nullable String code, String messageKey,
			Object... arguments) {
		return new ImportProblem(Severity.ERROR, file, location, code, messageKey, arguments);
	}

	static ImportProblem note(String file, @Nullable Location location, @Nullable String code, String messageKey,
			Object... arguments) {
		return new ImportProblem(Severity.NOTE, file, location, code, messageKey, arguments);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/** One line such as {@code buurten.csv, regel 12 (BU03440611): de bovenliggende wijk ... bestaat niet}. */
	public String describe(MessageSource messages, Locale locale) {
		var where = new StringBuilder(this.file);
		if (this.location != null) {
			where.append(", ")
				.append(messages.getMessage("import.location." + this.location.kind(),
						new Object[] { this.location.number() }, locale));
		}
		if (this.code != null) {
			where.append(" (").append(this.code).append(')');
		}
		return where + ": " + messages.getMessage(this.messageKey, this.arguments, locale);
	}

	@Override
	public String toString() {
		return this.severity + " " + this.file + " " + this.location + " " + this.code + " " + this.messageKey
				+ Arrays.toString(this.arguments);
	}

}
