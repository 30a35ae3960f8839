package nl.speelveld.initiatives.listing;

import java.util.List;
import java.util.Set;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.InitiativeStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor asks of the initiatives of an area: some statuses (none means all), words to look for, a kind
 * of support asked for, and which page of how many.
 */
public record InitiativeQuery(AreaCode area, Set<InitiativeStatus> statuses, @Nullable String text,
		@Nullable String support, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAXIMUM_SIZE = 100;

	/** Words are cut off here: a search for a whole letter finds nothing more than one for its first line. */
	public static final int MAXIMUM_TEXT = 200;

	/** Deeper pages are refused: nobody reads on after page 500, and the offset would cost a scan. */
	public static final int MAXIMUM_PAGE = 500;

	public InitiativeQuery {
		statuses = Set.copyOf(statuses);
		text = text == null || text.isBlank() ? null : text.strip();
		if (text != null && text.length() > MAXIMUM_TEXT) {
			text = text.substring(0, MAXIMUM_TEXT);
		}
		support = support == null || support.isBlank() ? null : support;
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public List<String> statusKeys() {
		return this.statuses.stream().map(InitiativeStatus::key).sorted().toList();
	}

}
