package nl.speelveld.socialmap.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of hits, best first. {@code corrected} is the text actually searched when some words found
 * nothing as typed and were replaced by known words that look like them; null when the text was searched as
 * typed. {@code total} counts the hits on all pages; when {@code exact} is false, more documents matched than
 * search ranks, and total is a lower bound.
 */
public record SearchResults(String query, @Nullable String corrected, List<SearchHit> items, long total,
		boolean exact, int page, int size) {

	public SearchResults {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
