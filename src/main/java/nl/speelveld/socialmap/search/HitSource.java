package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of thing that search finds, with its own table and search document. Search asks every source for
 * its matches in one query (a {@code union all} of their SQL), ranks them together, and then asks each source
 * to describe the hits on the page.
 */
interface HitSource {

	/** The ranking of a document against the search: cover density, weights as written in the document. */
	String SCORE = "ts_rank_cd(x.search_document, q.query)";

	HitType type();

	/** Whether this kind can be narrowed to a role type; kinds that cannot drop out when a role is asked for. */
	default boolean hasRoles() {
		return false;
	}

	/**
	 * A select of {@code type, id, score} over the documents that match {@code q.query} (from the query's
	 * {@code q} table) and the filters, whose parameters {@link SearchFilters#bind} names.
	 */
	String matching(SearchFilters filters);

	/** The hits with these ids, without score; ids that vanished in the meantime are left out. */
	Map<UUID, SearchHit> describe(Collection<UUID> ids);

}
