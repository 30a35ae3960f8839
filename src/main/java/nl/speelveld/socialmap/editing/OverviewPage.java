package nl.speelveld.socialmap.editing;

import java.util.List;

/** One page of the coordinator's overview, with the number of entries on all pages together. */
public record OverviewPage(String kind, List<OverviewRow> rows, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

}
