package nl.speelveld.socialmap.search;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * One kind of thing that search finds: a table with the two search documents {@code search_name} and
 * {@code search_document} (see V6__socialmap_search.sql). Search asks every source for its matches in one
 * query, ranks them together, and then asks each source to describe the hits on the page.
 */
interface HitSource {

	HitType type();

	/** The table, read under the alias {@code x}. */
	String table();

	/** Whether this kind can be narrowed to a role type; kinds that cannot drop out when a role is asked for. */
	default boolean hasRoles() {
		return false;
	}

	/**
	 * SQL conditions on {@code x} for the filters, each starting with {@code and}; empty when no filter
	 * applies. Their parameters are named by {@link SearchFilters#bind}.
	 */
	String narrowing(SearchFilters filters);

	/** The hits with these ids, without score; ids that vanished in the meantime are left out. */
	Map<UUID, SearchHit> describe(Collection<UUID> ids);

}
