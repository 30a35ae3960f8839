package nl.speelveld.socialmap.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral HSDS 3.0 examples (CC BY-SA 4.0, see hsds-3.0/SOURCE.md), with fresh ids so that tests
 * sharing one database never meet each other's entries, and JSON compared the way HSDS means it: arrays
 * of objects in any order (by id), numbers by value.
 */
final class HsdsExamples {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final JsonMapper json;

	/** One id mapping for everything read through this instance, so that references stay intact. */
	private final Map<String, String> ids = new HashMap<>();

	HsdsExamples(JsonMapper json) {
		this.json = json;
	}

	ObjectNode read(String example) {
		try (InputStream in = HsdsExamples.class.getResourceAsStream("/hsds-3.0/examples/" + example)) {
			return (ObjectNode) fresh(this.json.readTree(in));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	byte[] bytes(JsonNode node) {
		return this.json.writeValueAsBytes(node);
	}

	private JsonNode fresh(JsonNode node) {
		if (node.isString() && UUID_TEXT.matcher(node.asString()).matches()) {
			return JsonNodeFactory.instance.stringNode(
					this.ids.computeIfAbsent(node.asString(), old -> UUID.randomUUID().toString()));
		}
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			node.properties().forEach(field -> copy.set(field.getKey(), fresh(field.getValue())));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.forEach(element -> copy.add(fresh(element)));
			return copy;
		}
		return node;
	}

	/** The same JSON with arrays sorted by id, numbers as plain decimals and nulls left out. */
	static JsonNode normal(JsonNode node) {
		if (node.isNumber()) {
			return JsonNodeFactory.instance.numberNode(new BigDecimal(node.asString()).stripTrailingZeros());
		}
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			node.properties().stream().filter(field -> !field.getValue().isNull()).sorted(Map.Entry.comparingByKey())
				.forEach(field -> copy.set(field.getKey(), normal(field.getValue())));
			return copy;
		}
		if (node.isArray()) {
			List<JsonNode> elements = new ArrayList<>();
			node.forEach(element -> elements.add(normal(element)));
			elements.sort(Comparator.comparing(element -> element.path("id").asString(element.toString())));
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			elements.forEach(copy::add);
			return copy;
		}
		return node;
	}

	static ObjectNode without(JsonNode node, String... fields) {
		ObjectNode copy = ((ObjectNode) node).deepCopy();
		copy.remove(List.of(fields));
		return copy;
	}

}
