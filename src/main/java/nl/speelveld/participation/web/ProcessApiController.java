package nl.speelveld.participation.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.ListedProcess;
import nl.speelveld.participation.processes.ProcessListing;
import nl.speelveld.participation.processes.ProcessStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Participation", description = "Participation processes per area, with their rung on the ladder")
class ProcessApiController {

	private final ProcessListing listing;

	private final Areas areas;

	ProcessApiController(ProcessListing listing, Areas areas) {
		this.listing = listing;
		this.areas = areas;
	}

	@GetMapping("/api/v1/areas/{code}/processes")
	@Operation(summary = "The participation processes of an area and all its parts: open ones first, newest change first, paged")
	ProcessListResponse list(@PathVariable String code,
			@Parameter(description = "open or closed; empty for both") @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "0") int page) {
		AreaCode area = AreaCode.tryParse(code).filter(parsed -> this.areas.summary(parsed).isPresent())
			.orElseThrow(() -> new AreaNotFound(code));
		ProcessListing.Found found = this.listing.find(area, ProcessStatus.listable(status), page);
		return new ProcessListResponse(found.items().stream().map(ProcessItem::of).toList(), found.total(), found.page(),
				ProcessListing.PAGE_SIZE);
	}

	record ProcessListResponse(List<ProcessItem> items, long total, int page, int size) {
	}

	/** {@code phase} is the kind of the phase running now, or {@code closed}. */
	record ProcessItem(String id, String title, String question, String rung, String legalBasis, String phase,
			@Nullable String phaseTitle, @Nullable LocalDate phaseEndsOn, String status, String area, String areaName,
			String url) {

		static ProcessItem of(ListedProcess process) {
			return new ProcessItem(process.id().toString(), process.title(), process.question(), process.rung().key(),
					process.legalBasis().key(), process.phaseKey(), process.phaseTitle(), process.phaseEndsOn(),
					process.status().key(), process.area().value(), process.areaName(), "/participatie/" + process.id());
		}

	}

}
