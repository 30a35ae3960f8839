package nl.speelveld.initiatives.listing;

import java.util.List;

/** One page of an area's initiatives, with how many there are in all for the same question. */
public record InitiativePage(List<ListedInitiative> items, long total, int page, int size) {

	public InitiativePage {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) Math.min(InitiativeQuery.MAXIMUM_PAGE + 1L, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < pages();
	}

}
