package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An HSDS file read for import, whatever its shape: Speelveld's dataset ({@code organizations} and
 * {@code locations}), an HSDS organization package (an array of organizations), or one organization,
 * service, service_at_location or location. Services and locations that stand alone refer to their
 * organization by id.
 */
record HsdsDataset(List<Item> organizations, List<Item> services, List<Item> locations) {

	/** An object of the file and where it is. */
	record Item(String path, ObjectNode node) {
	}

	/** The shape is unknown; the message key says what was expected. */
	static final class Unrecognised extends Exception {

		private final String messageKey;

		Unrecognised(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

	private static final Set<String> TAXONOMY_FIELDS = Set.of("id", "name", "description", "uri", "version", "metadata");

	static HsdsDataset of(JsonNode root) throws Unrecognised {
		List<Item> organizations = new ArrayList<>();
		List<Item> services = new ArrayList<>();
		List<Item> locations = new ArrayList<>();
		if (root.isArray()) {
			objects(root, "$", organizations);
		}
		else if (!root.isObject()) {
			throw new Unrecognised("hsds.import.shape");
		}
		else if (!root.has("id") && (root.has("organizations") || root.has("locations"))) {
			objects(root.path("organizations"), "$.organizations", organizations);
			objects(root.path("locations"), "$.locations", locations);
		}
		else if (root.has("location_type")) {
			locations.add(new Item("$", (ObjectNode) root));
		}
		else if (root.has("status")) {
			services.add(new Item("$", (ObjectNode) root));
		}
		else if (root.has("service") || root.has("service_id")) {
			services.add(new Item("$.service", serviceOf((ObjectNode) root)));
		}
		else if (root.has("taxonomy_detail") || root.has("taxonomy_id") || root.has("term_uri") || root.has("parent_id")
				|| (root.has("version") && TAXONOMY_FIELDS.containsAll(root.propertyNames()))) {
			throw new Unrecognised("hsds.import.taxonomy");
		}
		else {
			organizations.add(new Item("$", (ObjectNode) root));
		}
		if (organizations.isEmpty() && services.isEmpty() && locations.isEmpty()) {
			throw new Unrecognised("hsds.import.empty");
		}
		return new HsdsDataset(organizations, services, locations);
	}

	/**
	 * A service_at_location with its service nested, turned around: the service with this service_at_location
	 * (the other way round, as organizations nest them).
	 */
	private static ObjectNode serviceOf(ObjectNode atLocation) throws Unrecognised {
		JsonNode service = atLocation.get("service");
		if (service == null || !service.isObject()) {
			throw new Unrecognised("hsds.import.service-at-location-alone");
		}
		ObjectNode turned = ((ObjectNode) service).deepCopy();
		ObjectNode without = atLocation.deepCopy();
		without.remove("service");
		turned.putArray("service_at_locations").add(without);
		return turned;
	}

	private static void objects(JsonNode array, String path, List<Item> into) throws Unrecognised {
		if (array.isMissingNode()) {
			return;
		}
		if (!array.isArray()) {
			throw new Unrecognised("hsds.import.shape");
		}
		for (int i = 0; i < array.size(); i++) {
			if (!array.get(i).isObject()) {
				throw new Unrecognised("hsds.import.shape");
			}
			into.add(new Item(path + "[" + i + "]", (ObjectNode) array.get(i)));
		}
	}

}
