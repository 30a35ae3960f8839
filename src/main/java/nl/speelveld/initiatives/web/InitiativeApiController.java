package nl.speelveld.initiatives.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.initiatives.lifecycle.InitiativeNotFound;
import nl.speelveld.initiatives.listing.AreaInitiatives;
import nl.speelveld.initiatives.listing.InitiativePage;
import nl.speelveld.initiatives.listing.InitiativeQuery;
import nl.speelveld.initiatives.listing.ListedInitiative;
import nl.speelveld.initiatives.listing.QueryParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Initiatives", description = "Residents' initiatives per area, from idea to done")
class InitiativeApiController {

	private final AreaInitiatives initiatives;

	InitiativeApiController(AreaInitiatives initiatives) {
		this.initiatives = initiatives;
	}

	@GetMapping("/api/v1/areas/{code}/initiatives")
	@Operation(summary = "The initiatives of an area and all its parts, newest change first, paged")
	InitiativeListResponse list(@PathVariable String code,
			@Parameter(description = "one or more of idea, submitted, intake, plan, supported, declined, running, done, stopped; repeated or comma-separated")
			@RequestParam(required = false) @Nullable List<String> status,
			@Parameter(description = "words to look for in title, summary and goal") @RequestParam(required = false) @Nullable String q,
			@Parameter(description = "only initiatives that ask for this support: money, space, expertise, permits or people")
			@RequestParam(required = false) @Nullable String support,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + InitiativeQuery.DEFAULT_SIZE) int size) {
		AreaSummary area = this.initiatives.area(code);
		InitiativePage found = this.initiatives.find(new InitiativeQuery(area.code(), QueryParameters.statuses(status), q,
				QueryParameters.support(support), page, size));
		return new InitiativeListResponse(found.items().stream().map(InitiativeItem::of).toList(), found.total(),
				found.page(), found.size());
	}

	@GetMapping("/api/v1/initiatives/{id}")
	@Operation(summary = "One initiative, as the list of its area shows it")
	InitiativeItem one(@PathVariable UUID id) {
		return this.initiatives.byId(id).map(InitiativeItem::of).orElseThrow(() -> new InitiativeNotFound(id.toString()));
	}

	record InitiativeListResponse(List<InitiativeItem> items, long total, int page, int size) {
	}

	record InitiativeItem(String id, String title, String status, String area, String areaName, String gemeente,
			int supporters, double lat, double lon, String summary, List<String> supportNeeded, Instant updatedAt,
			String url) {

		static InitiativeItem of(ListedInitiative initiative) {
			return new InitiativeItem(initiative.id().toString(), initiative.title(), initiative.status().key(),
					initiative.area().value(), initiative.areaName(), initiative.gemeente(), initiative.supporters(),
					initiative.lat(), initiative.lon(), initiative.summaryLine(), initiative.supportNeeded(),
					initiative.updatedAt(), initiative.url());
		}

	}

}
