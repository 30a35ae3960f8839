package nl.speelveld.socialmap.hsds;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an imported HSDS object holds beyond what Speelveld's columns model, kept so that an export gives the
 * object back. On import, the remainder is the difference between the object as given and the object as
 * Speelveld would publish it from its columns (the view); on export it is applied to the view again.
 * <p>
 * Every correction depends on the view as it was at import: a field the view did not have comes back as
 * long as the view still lacks it, a field the view showed differently comes back only while the view
 * still shows what it showed then. So when someone changes the entry in Speelveld later, the change wins.
 * Arrays of objects are matched by their ids. The markers:
 * <ul>
 * <li>a plain value: the field as given, where the view had none;</li>
 * <li>{@code @if}/{@code @then}: the value as given (or null: leave the field out) instead of the view's;</li>
 * <li>{@code @patch}: changes to an object of the view;</li>
 * <li>{@code @array}: per id, {@code +} an element the view lacked, {@code ~} changes to the view's element,
 * {@code -} a view element that the data did not have;</li>
 * <li>{@code @ids}: the ids the data gave to parts that the view names itself (a phone, an address).</li>
 * </ul>
 * Imported data cannot use these names: property names that start with @ are refused.
 */
final class HsdsRemainder {

	static final String IDS = "@ids";

	private HsdsRemainder() {
	}

	/** The remainder that turns {@code view} (after renaming ids by {@code aliases}) back into {@code given}. */
	static ObjectNode of(ObjectNode given, ObjectNode view, Map<String, String> aliases) {
		ObjectNode renamed = rename(view, aliases);
		ObjectNode remainder = diff(given, renamed);
		if (!aliases.isEmpty()) {
			ObjectNode ids = remainder.putObject(IDS);
			aliases.forEach(ids::put);
		}
		return remainder;
	}

	/** The view with the remainder applied: the object as it was imported, and as Speelveld changed it since. */
	static ObjectNode apply(ObjectNode view, @Nullable ObjectNode remainder) {
		if (remainder == null || remainder.isEmpty()) {
			return view;
		}
		Map<String, String> aliases = new LinkedHashMap<>();
		remainder.path(IDS).properties().forEach(alias -> aliases.put(alias.getKey(), alias.getValue().asString()));
		return merge(rename(view, aliases), remainder);
	}

	static ObjectNode diff(ObjectNode given, ObjectNode view) {
		ObjectNode remainder = HsdsJson.NODES.objectNode();
		for (var field : given.properties()) {
			String name = field.getKey();
			JsonNode value = field.getValue();
			JsonNode shown = view.get(name);
			if (shown == null) {
				remainder.set(name, hasIds(value) ? arrayMarker(value, HsdsJson.NODES.arrayNode()) : value);
			}
			else if (value.equals(shown)) {
				continue;
			}
			else if (value.isObject() && shown.isObject()) {
				remainder.putObject(name).set("@patch", diff((ObjectNode) value, (ObjectNode) shown));
			}
			else if (hasIds(value) && hasIds(shown)) {
				remainder.set(name, arrayMarker(value, shown));
			}
			else {
				remainder.set(name, replacement(shown, value));
			}
		}
		for (var field : view.properties()) {
			if (!given.has(field.getKey())) {
				remainder.set(field.getKey(), replacement(field.getValue(), HsdsJson.NODES.nullNode()));
			}
		}
		return remainder;
	}

	private static ObjectNode merge(ObjectNode view, ObjectNode remainder) {
		ObjectNode result = view.deepCopy();
		for (var field : remainder.properties()) {
			String name = field.getKey();
			JsonNode marker = field.getValue();
			JsonNode shown = result.get(name);
			if (name.startsWith("@")) {
				continue;
			}
			if (marker.has("@if")) {
				if (marker.get("@if").equals(shown)) {
					if (marker.get("@then").isNull()) {
						result.remove(name);
					}
					else {
						result.set(name, marker.get("@then"));
					}
				}
			}
			else if (marker.has("@patch")) {
				if (shown != null && shown.isObject()) {
					result.set(name, merge((ObjectNode) shown, (ObjectNode) marker.get("@patch")));
				}
			}
			else if (marker.has("@array")) {
				ArrayNode merged = mergeArray(shown != null && shown.isArray() ? shown : HsdsJson.NODES.arrayNode(),
						(ObjectNode) marker.get("@array"));
				if (shown != null || !merged.isEmpty()) {
					result.set(name, merged);
				}
			}
			else if (shown == null) {
				result.set(name, marker);
			}
		}
		return result;
	}

	private static ObjectNode arrayMarker(JsonNode given, JsonNode shown) {
		Map<String, JsonNode> byId = byId(shown);
		ObjectNode entries = HsdsJson.NODES.objectNode();
		for (JsonNode element : given) {
			String id = element.get("id").asString();
			JsonNode match = byId.remove(id);
			if (match == null) {
				entries.putObject(id).set("+", element);
			}
			else {
				entries.putObject(id).set("~", diff((ObjectNode) element, (ObjectNode) match));
			}
		}
		byId.forEach((id, element) -> entries.putObject(id).set("-", element));
		ObjectNode marker = HsdsJson.NODES.objectNode();
		marker.set("@array", entries);
		return marker;
	}

	private static ArrayNode mergeArray(JsonNode shown, ObjectNode entries) {
		Map<String, JsonNode> byId = byId(shown);
		Set<String> used = new HashSet<>();
		ArrayNode result = HsdsJson.NODES.arrayNode();
		for (var entry : entries.properties()) {
			String id = entry.getKey();
			JsonNode change = entry.getValue();
			JsonNode element = byId.get(id);
			if (change.has("+")) {
				result.add(element != null ? element : change.get("+"));
				used.add(id);
			}
			else if (change.has("~") && element != null) {
				result.add(merge((ObjectNode) element, (ObjectNode) change.get("~")));
				used.add(id);
			}
			else if (change.has("-") && change.get("-").equals(element)) {
				used.add(id);
			}
		}
		for (JsonNode element : shown) {
			if (!element.has("id") || !used.contains(element.get("id").asString())) {
				result.add(element);
			}
		}
		return result;
	}

	private static ObjectNode replacement(JsonNode shown, JsonNode given) {
		ObjectNode marker = HsdsJson.NODES.objectNode();
		marker.set("@if", shown);
		marker.set("@then", given);
		return marker;
	}

	/** Whether this is an array of objects that each have an id of their own, so elements can be matched. */
	private static boolean hasIds(JsonNode value) {
		if (!value.isArray() || value.isEmpty()) {
			return false;
		}
		Set<String> ids = new HashSet<>();
		for (JsonNode element : value) {
			if (!element.isObject() || !element.path("id").isString() || !ids.add(element.get("id").asString())) {
				return false;
			}
		}
		return true;
	}

	private static Map<String, JsonNode> byId(JsonNode array) {
		Map<String, JsonNode> byId = new LinkedHashMap<>();
		for (JsonNode element : array) {
			if (element.path("id").isString()) {
				byId.putIfAbsent(element.get("id").asString(), element);
			}
		}
		return byId;
	}

	private static ObjectNode rename(ObjectNode view, Map<String, String> aliases) {
		if (aliases.isEmpty()) {
			return view;
		}
		ObjectNode copy = view.deepCopy();
		renameIn(copy, aliases);
		return copy;
	}

	private static void renameIn(JsonNode node, Map<String, String> aliases) {
		if (node.isObject()) {
			JsonNode id = node.get("id");
			if (id != null && id.isString() && aliases.containsKey(id.asString())) {
				((ObjectNode) node).put("id", aliases.get(id.asString()));
			}
		}
		if (node.isContainer()) {
			node.forEach(child -> renameIn(child, aliases));
		}
	}

}
