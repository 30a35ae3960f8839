package nl.speelveld.socialmap.hsds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.hsds.HsdsApi;
import nl.speelveld.socialmap.hsds.HsdsFilter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The social map as Open Referral HSDS 3.0 (the HSDS OpenAPI): organizations, services (the services and,
 * as services of their organisation, the posts), service_at_locations, taxonomies and terms. Lists are paged
 * with page (from 1) and per_page; {@code area} (a CBS code) is Speelveld's own filter.
 */
@RestController
@RequestMapping("/api/hsds/v3")
@Tag(name = "HSDS 3.0", description = "The social map as Open Referral HSDS 3.0: organizations, services, locations, taxonomies")
class HsdsApiController {

	private static final String PAGE = "Page number, from 1";

	private static final String PER_PAGE = "Results per page, 1 to 200";

	private static final String AREA = "Speelveld: only entries in this CBS area (GM0344) or its parts";

	private final HsdsApi hsds;

	private final Areas areas;

	HsdsApiController(HsdsApi hsds, Areas areas) {
		this.hsds = hsds;
		this.areas = areas;
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Information about this API and its relationship with HSDS")
	ObjectNode info(HttpServletRequest request) {
		ObjectNode info = JsonNodeFactory.instance.objectNode();
		info.put("version", "3.0");
		info.put("profile", "https://docs.openreferral.org/en/v3.0/");
		info.put("openapi_url", ServletUriComponentsBuilder.fromContextPath(request).path("/v3/api-docs").toUriString());
		return info;
	}

	@GetMapping("/services")
	@Operation(summary = "Services (and posts, as services of their organisation), paged")
	ObjectNode services(@RequestParam(required = false) @Nullable String search,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = PER_PAGE) @RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(name = "taxonomy_term_id", required = false) @Nullable String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
			@RequestParam(name = "organization_id", required = false) @Nullable String organizationId,
			@Parameter(description = "ISO 8601 date or date-time") @RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter,
			@RequestParam(defaultValue = "false") boolean full,
			@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable String proximity,
			@Parameter(description = AREA) @RequestParam(required = false) @Nullable String area) {
		HsdsParameters.checkFormat(format, proximity);
		HsdsFilter filter = HsdsParameters.filter(this.areas, search, taxonomyTermId, taxonomyId, organizationId,
				modifiedAfter, area, postcode);
		return this.hsds.services(filter, page, perPage, full).json();
	}

	@GetMapping("/services/{id}")
	@Operation(summary = "One service, fully nested")
	ObjectNode service(@PathVariable String id) {
		return this.hsds.service(HsdsParameters.id("service", id));
	}

	@GetMapping("/organizations")
	@Operation(summary = "Organizations, paged")
	ObjectNode organizations(@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "full_service", defaultValue = "false") boolean fullService,
			@RequestParam(defaultValue = "false") boolean full,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = PER_PAGE) @RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(required = false) @Nullable String format,
			@Parameter(description = AREA) @RequestParam(required = false) @Nullable String area) {
		HsdsParameters.checkFormat(format, null);
		HsdsFilter filter = HsdsParameters.filter(this.areas, search, null, null, null, null, area, null);
		return this.hsds.organizations(filter, page, perPage, full, fullService).json();
	}

	@GetMapping("/organizations/{id}")
	@Operation(summary = "One organization, fully nested; full_service=true gives its services in full")
	ObjectNode organization(@PathVariable String id,
			@RequestParam(name = "full_service", defaultValue = "false") boolean fullService) {
		return this.hsds.organization(HsdsParameters.id("organization", id), fullService);
	}

	@GetMapping("/service_at_locations")
	@Operation(summary = "Services at locations, paged")
	ObjectNode servicesAtLocations(@RequestParam(required = false) @Nullable String search,
			@RequestParam(name = "taxonomy_term_id", required = false) @Nullable String taxonomyTermId,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
			@RequestParam(name = "organization_id", required = false) @Nullable String organizationId,
			@Parameter(description = "ISO 8601 date or date-time") @RequestParam(name = "modified_after", required = false) @Nullable String modifiedAfter,
			@RequestParam(defaultValue = "false") boolean full,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = PER_PAGE) @RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable String proximity,
			@Parameter(description = AREA) @RequestParam(required = false) @Nullable String area) {
		HsdsParameters.checkFormat(format, proximity);
		HsdsFilter filter = HsdsParameters.filter(this.areas, search, taxonomyTermId, taxonomyId, organizationId,
				modifiedAfter, area, postcode);
		return this.hsds.servicesAtLocations(filter, page, perPage, full).json();
	}

	@GetMapping("/service_at_locations/{id}")
	@Operation(summary = "One service at a location, with its service and location")
	ObjectNode serviceAtLocation(@PathVariable String id) {
		return this.hsds.serviceAtLocation(HsdsParameters.id("service_at_location", id));
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "The taxonomies of the social map, paged")
	ObjectNode taxonomies(@RequestParam(required = false) @Nullable String search,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = PER_PAGE) @RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(required = false) @Nullable String format) {
		HsdsParameters.checkFormat(format, null);
		return this.hsds.taxonomies(search, page, perPage).json();
	}

	@GetMapping("/taxonomies/{id}")
	@Operation(summary = "One taxonomy")
	ObjectNode taxonomy(@PathVariable String id) {
		return this.hsds.taxonomy(HsdsParameters.id("taxonomy", id));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "Taxonomy terms: role types, focus themes, kinds of place and organisation, areas; paged")
	ObjectNode taxonomyTerms(@RequestParam(required = false) @Nullable String search,
			@Parameter(description = PAGE) @RequestParam(defaultValue = "1") int page,
			@Parameter(description = PER_PAGE) @RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(required = false) @Nullable String format,
			@RequestParam(name = "taxonomy_id", required = false) @Nullable String taxonomyId,
			@Parameter(description = "Speelveld's terms are all top-level") @RequestParam(name = "top_only", defaultValue = "false") boolean topOnly,
			@RequestParam(name = "parent_id", required = false) @Nullable String parentId) {
		HsdsParameters.checkFormat(format, null);
		return this.hsds.taxonomyTerms(search, HsdsParameters.uuid("taxonomy_id", taxonomyId),
				HsdsParameters.uuid("parent_id", parentId), page, perPage).json();
	}

	@GetMapping("/taxonomy_terms/{id}")
	@Operation(summary = "One taxonomy term")
	ObjectNode taxonomyTerm(@PathVariable String id) {
		return this.hsds.taxonomyTerm(HsdsParameters.id("taxonomy_term", id));
	}

}
