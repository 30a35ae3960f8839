package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The HSDS 3.0 API of the social map (the Open Referral OpenAPI): paged lists and single objects, as the
 * schemas of HSDS 3.0 shape them. Everything here is public work data.
 */
@Service
@Transactional(readOnly = true)
public class HsdsApi {

	public static final int MAX_PER_PAGE = 200;

	private final HsdsQueries queries;

	private final HsdsRows rows;

	private final HsdsDocuments documents;

	private final HsdsTerms terms;

	HsdsApi(HsdsQueries queries, HsdsRows rows, HsdsDocuments documents, HsdsTerms terms) {
		this.queries = queries;
		this.rows = rows;
		this.documents = documents;
		this.terms = terms;
	}

	public HsdsPage services(HsdsFilter filter, int page, int perPage, boolean full) {
		check(page, perPage);
		var found = this.queries.services(filter, (page - 1) * perPage, perPage);
		List<ObjectNode> services = services(found.items(), full);
		return new HsdsPage(found.total(), page, perPage, full ? services : services.stream().map(HsdsJson::oneToOne).toList());
	}

	public ObjectNode service(UUID id) {
		List<ObjectNode> found = services(List.of(new HsdsQueries.ServiceRef(id, false), new HsdsQueries.ServiceRef(id, true)),
				true);
		if (found.isEmpty()) {
			throw new HsdsNotFound("service", id.toString());
		}
		return found.get(0);
	}

	public HsdsPage organizations(HsdsFilter filter, int page, int perPage, boolean full, boolean fullServices) {
		check(page, perPage);
		var found = this.queries.organizations(filter, (page - 1) * perPage, perPage);
		List<OrganisationRow> organisations = this.rows.organisations(found.items());
		List<ObjectNode> contents = full || fullServices ? this.documents.fullOrganizations(organisations, fullServices)
				: organisations.stream().map(row -> HsdsJson.oneToOne(this.documents.organization(row))).toList();
		return new HsdsPage(found.total(), page, perPage, contents);
	}

	public ObjectNode organization(UUID id, boolean fullServices) {
		List<OrganisationRow> found = this.rows.organisations(List.of(id));
		if (found.isEmpty()) {
			throw new HsdsNotFound("organization", id.toString());
		}
		return this.documents.fullOrganizations(found, fullServices).get(0);
	}

	public HsdsPage servicesAtLocations(HsdsFilter filter, int page, int perPage, boolean full) {
		check(page, perPage);
		var found = this.queries.servicesAtLocations(filter, (page - 1) * perPage, perPage);
		List<ObjectNode> contents = servicesAtLocations(found.items());
		return new HsdsPage(found.total(), page, perPage,
				full ? contents : contents.stream().map(HsdsJson::oneToOne).toList());
	}

	public ObjectNode serviceAtLocation(UUID id) {
		List<ObjectNode> found = servicesAtLocations(List.of(id));
		if (found.isEmpty()) {
			throw new HsdsNotFound("service_at_location", id.toString());
		}
		return found.get(0);
	}

	public HsdsPage taxonomies(@Nullable String search, int page, int perPage) {
		check(page, perPage);
		List<ObjectNode> all = new ArrayList<>();
		for (HsdsTaxonomy taxonomy : HsdsTaxonomy.values()) {
			ObjectNode node = this.terms.taxonomy(taxonomy);
			if (matches(search, node.path("name").asString(), node.path("description").asString())) {
				all.add(node);
			}
		}
		return slice(all, page, perPage);
	}

	public ObjectNode taxonomy(UUID id) {
		return HsdsTaxonomy.byId(id).map(this.terms::taxonomy)
			.orElseThrow(() -> new HsdsNotFound("taxonomy", id.toString()));
	}

	public HsdsPage taxonomyTerms(@Nullable String search, @Nullable UUID taxonomyId, @Nullable UUID parentId, int page,
			int perPage) {
		check(page, perPage);
		Predicate<HsdsTerm> wanted = term -> (taxonomyId == null || term.taxonomy().id().equals(taxonomyId))
				&& matches(search, term.code(), term.name(), term.description())
				// Speelveld's terms have no parents: asking for the children of a term finds none.
				&& parentId == null;
		List<ObjectNode> all = this.terms.all().stream().filter(wanted).map(this.terms::json).toList();
		return slice(all, page, perPage);
	}

	public ObjectNode taxonomyTerm(UUID id) {
		return this.terms.find(id).map(this.terms::json)
			.orElseThrow(() -> new HsdsNotFound("taxonomy_term", id.toString()));
	}

	/**
	 * Services in the order asked, each with its organization and, when {@code nested}, its service_at_locations
	 * (a list of one-to-one fields leaves them out anyway).
	 */
	private List<ObjectNode> services(List<HsdsQueries.ServiceRef> refs, boolean nested) {
		Map<UUID, ServiceRow> services = HsdsDocuments.index(this.rows.services(
				refs.stream().filter(ref -> !ref.post()).map(HsdsQueries.ServiceRef::id).toList()), ServiceRow::id);
		Map<UUID, PostRow> posts = HsdsDocuments.index(this.rows.posts(
				refs.stream().filter(HsdsQueries.ServiceRef::post).map(HsdsQueries.ServiceRef::id).toList()), PostRow::id);
		List<ServiceRow> serviceRows = List.copyOf(services.values());
		Map<UUID, ObjectNode> fullServices = HsdsDocuments.index(nested ? this.documents.fullServiceNodes(serviceRows)
				: serviceRows.stream().map(this.documents::service).toList(), node -> UUID.fromString(node.get("id").asString()));
		List<UUID> organisations = new ArrayList<>();
		services.values().forEach(service -> organisations.add(service.organisationId()));
		posts.values().forEach(post -> organisations.add(post.organisationId()));
		Map<UUID, ObjectNode> organizations = this.documents.organizationsById(organisations);
		List<ObjectNode> result = new ArrayList<>();
		for (var ref : refs) {
			ObjectNode node = ref.post() ? (posts.containsKey(ref.id()) ? this.documents.post(posts.get(ref.id())) : null)
					: fullServices.get(ref.id());
			if (node != null) {
				UUID organisation = ref.post() ? posts.get(ref.id()).organisationId() : services.get(ref.id()).organisationId();
				node.set("organization", organizations.get(organisation));
				result.add(node);
			}
		}
		return result;
	}

	/** Full service_at_locations in the order asked, each with its service (and organization) and location. */
	private List<ObjectNode> servicesAtLocations(List<UUID> ids) {
		List<ServicePlaceRow> found = this.rows.servicePlaces(ids);
		Map<UUID, ObjectNode> services = HsdsDocuments.index(services(found.stream()
			.map(row -> new HsdsQueries.ServiceRef(row.serviceId(), false)).distinct().toList(), false),
				node -> UUID.fromString(node.get("id").asString()));
		Map<UUID, ObjectNode> places = this.documents.placesById(found.stream().map(ServicePlaceRow::placeId).toList());
		Map<UUID, ServicePlaceRow> byId = HsdsDocuments.index(found, ServicePlaceRow::id);
		List<ObjectNode> result = new ArrayList<>();
		for (UUID id : ids) {
			ServicePlaceRow row = byId.get(id);
			if (row != null) {
				ObjectNode node = this.documents.serviceAtLocation(row);
				node.set("service", services.get(row.serviceId()).deepCopy());
				node.set("location", places.get(row.placeId()));
				result.add(node);
			}
		}
		return result;
	}

	private static HsdsPage slice(List<ObjectNode> all, int page, int perPage) {
		int from = (int) Math.min((long) (page - 1) * perPage, all.size());
		int to = Math.min(from + perPage, all.size());
		return new HsdsPage(all.size(), page, perPage, all.subList(from, to));
	}

	private static boolean matches(@Nullable String search, String... texts) {
		if (search == null || search.isBlank()) {
			return true;
		}
		String wanted = search.strip().toLowerCase(Locale.ROOT);
		for (String text : texts) {
			if (text.toLowerCase(Locale.ROOT).contains(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static void check(int page, int perPage) {
		if (page < 1) {
			throw new HsdsBadRequest("problem.hsds.bad-page", String.valueOf(page));
		}
		if (perPage < 1 || perPage > MAX_PER_PAGE) {
			throw new HsdsBadRequest("problem.hsds.bad-per-page", String.valueOf(perPage), String.valueOf(MAX_PER_PAGE));
		}
	}

}
