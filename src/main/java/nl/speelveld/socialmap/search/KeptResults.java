package nl.speelveld.socialmap.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Answers to searches asked before, kept while the social map's revision (raised by every change to what
 * search finds or shows, on any node) and the day stay the same. Residents of an area search for the same few
 * things (a buurthuis, the wijkagent, help with debts), and ranking them again for every visitor cost five to
 * ten milliseconds of the database each time; one look at the revision costs a twentieth of a millisecond.
 * The least recently asked make room beyond {@link #KEPT}, some 6 kB each.
 */
final class KeptResults {

	static final int KEPT = 4_000;

	private record Key(SearchRequest request, long revision, LocalDate day) {
	}

	private final Map<Key, SearchResults> kept = new LinkedHashMap<>(KEPT * 4 / 3 + 1, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, SearchResults> eldest) {
			return size() > KEPT;
		}

	};

	/** The answer kept for this request at this revision, or the one {@code search} gives, then kept. */
	SearchResults of(SearchRequest request, long revision, Supplier<SearchResults> search) {
		Key key = new Key(request, revision, LocalDate.now());
		@Nullable SearchResults known;
		synchronized (this.kept) {
			known = this.kept.get(key);
		}
		if (known != null) {
			return known;
		}
		SearchResults found = search.get();
		synchronized (this.kept) {
			this.kept.put(key, found);
		}
		return found;
	}

}
