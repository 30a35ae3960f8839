package nl.speelveld.initiatives.listing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.SupportKind;
import org.jspecify.annotations.Nullable;

/** Reads the filters of a list from request parameters, the API's and the page's alike. */
public final class QueryParameters {

	private QueryParameters() {
	}

	/** Status keys, each possibly a comma-separated list ({@code status=idea,running}); unknown keys are refused. */
	public static Set<InitiativeStatus> statuses(@Nullable List<String> values) {
		Set<InitiativeStatus> statuses = EnumSet.noneOf(InitiativeStatus.class);
		if (values == null) {
			return statuses;
		}
		for (String value : values) {
			for (String key : value.split(",")) {
				String trimmed = key.strip();
				if (!trimmed.isEmpty()) {
					statuses.add(InitiativeStatus.byKey(trimmed)
						.orElseThrow(() -> new ListingRefused("initiatives.problem.bad-status", shorten(trimmed))));
				}
			}
		}
		return statuses;
	}

	public static @Nullable String support(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (!SupportKind.ALL.contains(trimmed)) {
			throw new ListingRefused("initiatives.problem.bad-support", shorten(trimmed));
		}
		return trimmed;
	}

	/** Echoed input is cut short: a refusal need not repeat a whole page of text. */
	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

}
