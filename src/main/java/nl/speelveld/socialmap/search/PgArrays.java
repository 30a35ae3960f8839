package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.stream.Collectors;

/** A PostgreSQL array literal, for {@code cast(:param as text[])}: every element quoted, so any text is safe. */
final class PgArrays {

	private PgArrays() {
	}

	static String of(Collection<?> values) {
		return values.stream()
			.map(value -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

}
