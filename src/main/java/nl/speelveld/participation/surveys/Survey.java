package nl.speelveld.participation.surveys;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A survey of a process with its questions in order; {@code template} is {@code liveability} or null. */
public record Survey(UUID id, UUID process, String title, String intro, @Nullable String template,
		List<Question> questions) {

	public static final String LIVEABILITY = "liveability";

	public boolean isLiveability() {
		return LIVEABILITY.equals(this.template);
	}

}
