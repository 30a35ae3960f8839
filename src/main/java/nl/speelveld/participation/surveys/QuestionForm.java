package nl.speelveld.participation.surveys;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as the owner types it: its kind, its text, the two end labels of a scale, and the options of a
 * choice one per line.
 */
public record QuestionForm(@Nullable String kind, @Nullable String text, @Nullable String required,
		@Nullable String low, @Nullable String high, @Nullable String options) {

	public static QuestionForm empty() {
		return new QuestionForm("scale", "", "true", "", "", "");
	}

	public String kindOrScale() {
		return this.kind == null ? "scale" : this.kind;
	}

	public boolean isRequired() {
		return "true".equals(this.required);
	}

	public String textOrEmpty() {
		return this.text == null ? "" : this.text;
	}

	public String lowOrEmpty() {
		return this.low == null ? "" : this.low;
	}

	public String highOrEmpty() {
		return this.high == null ? "" : this.high;
	}

	public String optionsOrEmpty() {
		return this.options == null ? "" : this.options;
	}

	/** The options typed, one per line, without empty lines. */
	List<String> optionLines() {
		return Arrays.stream(optionsOrEmpty().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
