package nl.speelveld.participation.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question of a survey. {@code theme} is set on the questions of the liveability template: their text and
 * end labels then come from the message bundles, in the reader's language.
 */
public record Question(int position, QuestionKind kind, String text, @Nullable LiveabilityTheme theme,
		@Nullable String lowLabel, @Nullable String highLabel, List<String> options, boolean required) {

	public static final int LOWEST = 1;

	public static final int HIGHEST = 7;

	/** The name of the form field that carries the answer, and the id of the question on the page. */
	public String field() {
		return "q" + this.position;
	}

}
