package nl.speelveld.socialmap.hsds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Puts HSDS objects together from the social map's rows, many at a time: each entry as Speelveld publishes
 * it with its import remainder applied, nested the way the HSDS API and the dataset file nest them.
 */
@Component
class HsdsDocuments {

	private final HsdsRows rows;

	private final OrganizationView organizations;

	private final LocationView locations;

	private final ServiceView services;

	private final PostView posts;

	private final Clock clock;

	HsdsDocuments(HsdsRows rows, OrganizationView organizations, LocationView locations, ServiceView services,
			PostView posts) {
		this.rows = rows;
		this.organizations = organizations;
		this.locations = locations;
		this.services = services;
		this.posts = posts;
		this.clock = Clock.systemDefaultZone();
	}

	ObjectNode organization(OrganisationRow row) {
		return HsdsRemainder.apply(this.organizations.json(row), row.remainder());
	}

	ObjectNode location(PlaceRow row) {
		return HsdsRemainder.apply(this.locations.json(row), row.remainder());
	}

	ObjectNode service(ServiceRow row) {
		return HsdsRemainder.apply(this.services.json(row), row.remainder());
	}

	ObjectNode post(PostRow row) {
		return this.posts.json(row, LocalDate.now(this.clock));
	}

	ObjectNode serviceAtLocation(ServicePlaceRow row) {
		ObjectNode node = HsdsJson.object(row.id());
		node.put("service_id", row.serviceId().toString());
		node.put("location_id", row.placeId().toString());
		return HsdsRemainder.apply(node, row.remainder());
	}

	/**
	 * Organizations with their locations and services, each service complete with its service_at_locations
	 * and their locations. {@code fullServices} false gives services with only their one-to-one fields.
	 */
	List<ObjectNode> fullOrganizations(List<OrganisationRow> organisations, boolean fullServices) {
		List<UUID> ids = organisations.stream().map(OrganisationRow::id).toList();
		Map<UUID, List<PlaceRow>> placesByOrganisation = this.rows.placesOf(ids).stream()
			.collect(Collectors.groupingBy(PlaceRow::organisationId, LinkedHashMap::new, Collectors.toList()));
		List<ServiceRow> serviceRows = this.rows.servicesOf(ids);
		Map<UUID, List<ObjectNode>> servicesByOrganisation = new LinkedHashMap<>();
		List<ObjectNode> serviceNodes = fullServiceNodes(serviceRows);
		for (int i = 0; i < serviceRows.size(); i++) {
			servicesByOrganisation.computeIfAbsent(serviceRows.get(i).organisationId(), key -> new ArrayList<>())
				.add(serviceNodes.get(i));
		}
		for (PostRow post : this.rows.postsOf(ids)) {
			servicesByOrganisation.computeIfAbsent(post.organisationId(), key -> new ArrayList<>()).add(post(post));
		}
		List<ObjectNode> result = new ArrayList<>();
		for (OrganisationRow row : organisations) {
			ObjectNode organization = organization(row);
			List<ObjectNode> locations = new ArrayList<>();
			this.organizations.addressLocation(row).ifPresent(address -> locations.add(HsdsRemainder.apply(address,
					row.remainder() == null ? null : (ObjectNode) row.remainder().get(ImportMapping.ADDRESS))));
			placesByOrganisation.getOrDefault(row.id(), List.of()).forEach(place -> locations.add(location(place)));
			HsdsJson.array(organization, "locations", locations);
			List<ObjectNode> offered = servicesByOrganisation.getOrDefault(row.id(), List.of());
			HsdsJson.array(organization, "services", fullServices ? offered : offered.stream().map(HsdsJson::oneToOne).toList());
			result.add(organization);
		}
		return result;
	}

	/** Services with their service_at_locations (each with its location), in the order given. */
	List<ObjectNode> fullServiceNodes(List<ServiceRow> serviceRows) {
		List<ServicePlaceRow> offered = this.rows.servicePlacesOf(serviceRows.stream().map(ServiceRow::id).toList());
		Map<UUID, ObjectNode> places = placesById(offered.stream().map(ServicePlaceRow::placeId).toList());
		Map<UUID, List<ObjectNode>> atLocations = new LinkedHashMap<>();
		for (ServicePlaceRow row : offered) {
			ObjectNode node = serviceAtLocation(row);
			node.set("location", places.get(row.placeId()));
			atLocations.computeIfAbsent(row.serviceId(), key -> new ArrayList<>()).add(node);
		}
		List<ObjectNode> result = new ArrayList<>();
		for (ServiceRow row : serviceRows) {
			ObjectNode service = service(row);
			HsdsJson.array(service, "service_at_locations", atLocations.getOrDefault(row.id(), List.of()));
			result.add(service);
		}
		return result;
	}

	Map<UUID, ObjectNode> placesById(Collection<UUID> ids) {
		Set<UUID> distinct = new LinkedHashSet<>(ids);
		return this.rows.places(distinct).stream()
			.collect(Collectors.toMap(PlaceRow::id, this::location, (a, b) -> a, LinkedHashMap::new));
	}

	Map<UUID, ObjectNode> organizationsById(Collection<UUID> ids) {
		return this.rows.organisations(new LinkedHashSet<>(ids)).stream()
			.collect(Collectors.toMap(OrganisationRow::id, this::organization, (a, b) -> a, LinkedHashMap::new));
	}

	static <T> Map<UUID, T> index(Collection<T> items, Function<T, UUID> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

}
