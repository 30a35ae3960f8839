package nl.speelveld.socialmap.search;

import java.time.LocalDate;

import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;
import nl.speelveld.shared.database.KeptByRevision;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over the social map: posts, organisations, services and places, ranked together. Words are read as
 * in a web search engine (quotes for a phrase, or, a minus to leave out), in Dutch word forms; a word that
 * finds nothing as typed is replaced by the known word most like it, and the results say so. Answers are
 * kept until the social map changes or the day turns.
 */
@Service
public class SocialMapSearch {

	private final Speller speller;

	private final HitFinder finder;

	private final Areas areas;

	private final Roles roles;

	private final SocialMap socialMap;

	/**
	 * Residents of an area search for the same few things (a buurthuis, the wijkagent, help with debts), and
	 * ranking them again for every visitor cost five to ten milliseconds of the database each time; one look at
	 * the revision (raised by every change to what search finds or shows, on any node) costs a twentieth of a
	 * millisecond. Some 6 kB each.
	 */
	private final KeptByRevision<Asked, SearchResults> kept = new KeptByRevision<>(4_000);

	/** A search asked on a day: what ended yesterday is not found today. */
	private record Asked(SearchRequest request, LocalDate day) {
	}

	SocialMapSearch(Speller speller, HitFinder finder, Areas areas, Roles roles, SocialMap socialMap) {
		this.speller = speller;
		this.finder = finder;
		this.areas = areas;
		this.roles = roles;
		this.socialMap = socialMap;
	}

	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		QueryText query = check(request);
		return this.kept.get(new Asked(request, LocalDate.now()), this.socialMap::revision, () -> run(request, query));
	}

	private SearchResults run(SearchRequest request, QueryText query) {
		Speller.Spelled spelled = this.speller.spell(query);
		var filters = new SearchFilters(request.area() == null ? null : new AreaFilter(request.area()),
				request.role());
		HitFinder.Found found = this.finder.find(spelled, filters, request.types(), request.page(), request.size());
		return new SearchResults(query.text(), spelled.corrected() ? spelled.text() : null, found.hits(),
				found.total(), found.exact(), request.page(), request.size());
	}

	private QueryText check(SearchRequest request) {
		QueryText query = QueryText.of(request.text());
		if (query.text().isEmpty()) {
			throw new SearchRefused("problem.search.empty");
		}
		if (query.text().length() > QueryText.MAX_LENGTH) {
			throw new SearchRefused("problem.search.too-long", QueryText.MAX_LENGTH);
		}
		if (!query.wantsSomething()) {
			throw new SearchRefused("problem.search.only-excluded");
		}
		if (request.area() != null && this.areas.summary(request.area()).isEmpty()) {
			throw new SearchRefused("problem.search.unknown-area", request.area().value());
		}
		if (request.role() != null && this.roles.find(request.role()).isEmpty()) {
			throw new SearchRefused("problem.search.unknown-role", request.role());
		}
		if (request.page() < 0 || request.size() < 1 || request.size() > SearchRequest.MAX_SIZE) {
			throw new SearchRefused("problem.search.bad-page", SearchRequest.MAX_SIZE);
		}
		return query;
	}

}
