package nl.speelveld.socialmap.hsds;

import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers to build HSDS JSON: optional fields are left out rather than written as null or empty text. */
final class HsdsJson {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private HsdsJson() {
	}

	static ObjectNode object(UUID id) {
		ObjectNode node = NODES.objectNode();
		node.put("id", id.toString());
		return node;
	}

	static ArrayNode array(Collection<? extends JsonNode> items) {
		ArrayNode array = NODES.arrayNode();
		items.forEach(array::add);
		return array;
	}

	static void text(ObjectNode node, String field, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			node.put(field, value);
		}
	}

	static void array(ObjectNode node, String field, Collection<? extends JsonNode> items) {
		if (!items.isEmpty()) {
			node.set(field, array(items));
		}
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
	}

	/**
	 * The form of a list item: only the one-to-one fields. Arrays go; a nested object (the organization of a
	 * service) stays with its own one-to-one fields.
	 */
	static ObjectNode oneToOne(JsonNode full) {
		ObjectNode brief = NODES.objectNode();
		for (var field : full.properties()) {
			JsonNode value = field.getValue();
			if (value.isObject()) {
				brief.set(field.getKey(), oneToOne(value));
			}
			else if (!value.isArray()) {
				brief.set(field.getKey(), value);
			}
		}
		return brief;
	}

}
