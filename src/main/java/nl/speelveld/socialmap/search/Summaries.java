package nl.speelveld.socialmap.search;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** Short lines about a hit, cut at a word so that a result list stays readable. */
final class Summaries {

	static final int LENGTH = 180;

	private Summaries() {
	}

	/** The parts that have text, joined by a middle dot, shortened to about {@link #LENGTH} characters. */
	static String of(@Nullable String... parts) {
		String joined = Stream.of(parts)
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining(" · "));
		return shorten(joined.replaceAll("\\s+", " "));
	}

	static String shorten(String text) {
		if (text.length() <= LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', LENGTH);
		return text.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…";
	}

	static List<String> codes(@Nullable Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
