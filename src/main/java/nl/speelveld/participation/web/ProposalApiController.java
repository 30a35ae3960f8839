package nl.speelveld.participation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.participation.proposals.ListedProposal;
import nl.speelveld.participation.proposals.ProposalList;
import nl.speelveld.participation.proposals.ProposalPage;
import nl.speelveld.participation.proposals.ProposalQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participation", description = "Participation processes and what residents put in")
class ProposalApiController {

	private final ProposalPages pages;

	private final ProposalList list;

	ProposalApiController(ProposalPages pages, ProposalList list) {
		this.pages = pages;
		this.list = list;
	}

	@GetMapping("/api/v1/processes/{id}/proposals")
	@Operation(summary = "The proposals of a process that the public sees, newest first or most supported, paged")
	ProposalListResponse list(@PathVariable UUID id,
			@Parameter(description = "words to look for in title and text") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "all, answered, unanswered, adopted, partly, not_adopted or council")
			@RequestParam(required = false) @Nullable String outcome,
			@Parameter(description = "newest (default) or supported") @RequestParam(required = false) @Nullable String sort,
			@Parameter(description = "the page, from 0") @RequestParam(required = false) @Nullable String page,
			@Parameter(description = "proposals per page, 1 to 100") @RequestParam(required = false) @Nullable String size) {
		this.pages.process(id);
		ProposalPage found = this.list.find(ProposalQuery.parse(id, q, outcome, sort, page, size));
		return new ProposalListResponse(found.items().stream().map(ProposalItem::of).toList(), found.total(),
				found.capped(), found.hasNext(), found.page(), found.size());
	}

	/** {@code total} stops at 1000; {@code totalCapped} says that there are more. */
	record ProposalListResponse(List<ProposalItem> items, long total, boolean totalCapped, boolean hasNext, int page,
			int size) {
	}

	record ProposalItem(String id, String title, String summary, String authorName, int supporters,
			@Nullable String outcome, @Nullable Double lat, @Nullable Double lon, Instant createdAt, String url) {

		static ProposalItem of(ListedProposal proposal) {
			return new ProposalItem(proposal.id().toString(), proposal.title(), proposal.summaryLine(),
					proposal.authorName(), proposal.supporters(), proposal.outcome() == null ? null : proposal.outcome().key(),
					proposal.lat(), proposal.lon(), proposal.createdAt(), proposal.url());
		}

	}

}
