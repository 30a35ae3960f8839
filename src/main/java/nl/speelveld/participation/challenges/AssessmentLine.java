package nl.speelveld.participation.challenges;

import org.jspecify.annotations.Nullable;

/** One criterion of a request as it was when the request came in, with the gemeente's verdict and note once assessed. */
public record AssessmentLine(int position, String name, String explanation, @Nullable Verdict verdict,
		@Nullable String note) {
}
