package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The entries of an HSDS file, each once, taken out of their nesting: organizations, locations, services and
 * service_at_locations, each with the id of what it belongs to. An entry that appears twice (a location in
 * its organization and in a service_at_location) must be the same both times.
 */
final class ImportEntities {

	/** One entry: its own fields (without the entries nested in it), where it is, and what it belongs to. */
	record Entry(UUID id, String path, ObjectNode own, @Nullable UUID parent, @Nullable UUID other) {
	}

	private static final Set<String> ORGANIZATION_CHILDREN = Set.of("locations", "services");

	private static final Set<String> SERVICE_CHILDREN = Set.of("service_at_locations", "organization");

	private static final Set<String> AT_LOCATION_CHILDREN = Set.of("location", "service");

	final Map<UUID, Entry> organizations = new LinkedHashMap<>();

	final Map<UUID, Entry> locations = new LinkedHashMap<>();

	final Map<UUID, Entry> services = new LinkedHashMap<>();

	/** parent: the service; other: the location. */
	final Map<UUID, Entry> atLocations = new LinkedHashMap<>();

	/** Location ids referred to without the location itself, to be found in Speelveld. */
	final Map<UUID, String> referredLocations = new LinkedHashMap<>();

	/** Organization ids referred to without the organization itself. */
	final Map<UUID, String> referredOrganizations = new LinkedHashMap<>();

	final List<ImportProblem> problems = new ArrayList<>();

	static ImportEntities of(HsdsDataset dataset) {
		ImportEntities entities = new ImportEntities();
		dataset.organizations().forEach(item -> entities.organization(item.node(), item.path()));
		dataset.services().forEach(item -> entities.standaloneService(item.node(), item.path()));
		dataset.locations().forEach(item -> entities.location(item.node(), item.path(), null));
		return entities;
	}

	private void organization(ObjectNode node, String path) {
		UUID id = id(node);
		add(this.organizations, new Entry(id, path, without(node, ORGANIZATION_CHILDREN), null, null));
		each(node, "locations", path, (location, at) -> {
			checkParent(location, "organization_id", id, at);
			location(location, at, id);
		});
		each(node, "services", path, (service, at) -> {
			checkParent(service, "organization_id", id, at);
			service(service, at, id);
		});
	}

	private void standaloneService(ObjectNode node, String path) {
		JsonNode nested = node.get("organization");
		UUID organization;
		if (nested != null && nested.isObject()) {
			organization = id(nested);
			checkParent(node, "organization_id", organization, path);
			organization((ObjectNode) nested, path + ".organization");
		}
		else if (node.path("organization_id").isString()) {
			organization = UUID.fromString(node.get("organization_id").asString());
			this.referredOrganizations.putIfAbsent(organization, path + ".organization_id");
		}
		else {
			this.problems.add(ImportProblem.error(path, "hsds.import.service-without-organization"));
			return;
		}
		service(node, path, organization);
	}

	private void service(ObjectNode node, String path, UUID organization) {
		UUID id = id(node);
		add(this.services, new Entry(id, path, without(node, SERVICE_CHILDREN), organization, null));
		each(node, "service_at_locations", path, (atLocation, at) -> {
			checkParent(atLocation, "service_id", id, at);
			JsonNode location = atLocation.get("location");
			UUID place;
			if (location != null && location.isObject()) {
				place = id(location);
				checkParent(atLocation, "location_id", place, at);
				UUID owner = location.path("organization_id").isString()
						? UUID.fromString(location.get("organization_id").asString()) : null;
				location((ObjectNode) location, at + ".location", owner);
			}
			else if (atLocation.path("location_id").isString()) {
				place = UUID.fromString(atLocation.get("location_id").asString());
				this.referredLocations.putIfAbsent(place, at + ".location_id");
			}
			else {
				this.problems.add(ImportProblem.error(at, "hsds.import.service-at-location-without-location"));
				return;
			}
			add(this.atLocations, new Entry(id(atLocation), at, without(atLocation, AT_LOCATION_CHILDREN), id, place));
		});
	}

	private void location(ObjectNode node, String path, @Nullable UUID organization) {
		if (organization == null && node.path("organization_id").isString()) {
			organization = UUID.fromString(node.get("organization_id").asString());
			this.referredOrganizations.putIfAbsent(organization, path + ".organization_id");
		}
		add(this.locations, new Entry(id(node), path, node, organization, null));
	}

	private void add(Map<UUID, Entry> entries, Entry entry) {
		Entry earlier = entries.get(entry.id());
		if (earlier == null) {
			entries.put(entry.id(), entry);
		}
		else if (!earlier.own().equals(entry.own())) {
			this.problems.add(ImportProblem.error(entry.path(), "hsds.import.duplicate-id", entry.id(), earlier.path()));
		}
		else if (earlier.parent() == null && entry.parent() != null) {
			entries.put(entry.id(), new Entry(earlier.id(), earlier.path(), earlier.own(), entry.parent(), earlier.other()));
		}
	}

	private void checkParent(JsonNode node, String field, UUID parent, String path) {
		JsonNode given = node.get(field);
		if (given != null && given.isString() && !given.asString().equalsIgnoreCase(parent.toString())) {
			this.problems.add(ImportProblem.error(path + "." + field, "hsds.import.parent-mismatch", given.asString(), parent));
		}
	}

	private interface Visitor {

		void visit(ObjectNode node, String path);

	}

	private static void each(JsonNode node, String field, String path, Visitor visitor) {
		JsonNode array = node.path(field);
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).isObject()) {
				visitor.visit((ObjectNode) array.get(i), path + "." + field + "[" + i + "]");
			}
		}
	}

	private static UUID id(JsonNode node) {
		return UUID.fromString(node.get("id").asString());
	}

	static ObjectNode without(JsonNode node, Set<String> fields) {
		ObjectNode copy = ((ObjectNode) node).deepCopy();
		copy.remove(fields);
		return copy;
	}

}
