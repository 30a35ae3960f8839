package nl.speelveld.participation.proposals;

import java.util.List;

/**
 * One page of a process's proposals. The count stops at {@link ProposalList#COUNT_CAP}: past it the page
 * says more than that, and the way on is by the next link, which shows when a row beyond the page exists.
 */
public record ProposalPage(List<ListedProposal> items, long total, boolean capped, boolean hasNext, int page, int size) {

	public ProposalPage {
		items = List.copyOf(items);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** The number of pages, when the count is whole; 0 when it stopped at the cap. */
	public int pages() {
		return this.capped ? 0 : (int) Math.min(ProposalQuery.MAXIMUM_PAGE + 1L, (this.total + this.size - 1) / this.size);
	}

}
