package nl.speelveld.socialmap.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Checks imported HSDS objects against the HSDS 3.0 object schemas (src/main/resources/hsds-3.0): types,
 * required fields, allowed values and the formats uuid, email, uri and date-time, following their $refs.
 * These schemas use no other JSON Schema keywords. Every problem is listed with its JSON path.
 */
@Component
class HsdsSchemaCheck {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final Pattern URI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s]*");

	private final JsonMapper json;

	private final Map<String, JsonNode> schemas = new ConcurrentHashMap<>();

	HsdsSchemaCheck(JsonMapper json) {
		this.json = json;
	}

	/** The problems of {@code node} as an HSDS object of this kind (organization, service, location...). */
	List<ImportProblem> check(JsonNode node, String kind, String path) {
		List<ImportProblem> problems = new ArrayList<>();
		check(node, schema(kind + ".json"), path, problems);
		return problems;
	}

	private void check(JsonNode node, JsonNode schema, String path, List<ImportProblem> problems) {
		if (schema.has("$ref")) {
			check(node, schema(schema.get("$ref").asString()), path, problems);
			return;
		}
		String type = schema.path("type").asString("");
		if (!type.isEmpty() && !hasType(node, type)) {
			problems.add(ImportProblem.error(path, "hsds.import.type", "hsds.type." + type, "hsds.type." + typeOf(node)));
			return;
		}
		if (schema.has("enum") && !contains(schema.get("enum"), node)) {
			problems.add(ImportProblem.error(path, "hsds.import.enum", node.asString(), join(schema.get("enum"))));
		}
		if (node.isString() && schema.has("format")) {
			checkFormat(node.asString(), schema.get("format").asString(), path, problems);
		}
		if (node.isObject()) {
			for (JsonNode required : schema.path("required")) {
				if (!node.has(required.asString()) || node.get(required.asString()).isNull()) {
					problems.add(ImportProblem.error(path + "." + required.asString(), "hsds.import.required"));
				}
			}
			for (var field : node.properties()) {
				if (field.getKey().startsWith("@")) {
					problems.add(ImportProblem.error(path + "." + field.getKey(), "hsds.import.reserved-name"));
				}
				JsonNode property = schema.path("properties").get(field.getKey());
				if (property != null && !field.getValue().isNull()) {
					check(field.getValue(), property, path + "." + field.getKey(), problems);
				}
			}
		}
		if (node.isArray() && schema.has("items")) {
			for (int i = 0; i < node.size(); i++) {
				check(node.get(i), schema.get("items"), path + "[" + i + "]", problems);
			}
		}
	}

	private static void checkFormat(String value, String format, String path, List<ImportProblem> problems) {
		boolean valid = switch (format) {
			case "uuid" -> UUID_TEXT.matcher(value).matches() && parses(value);
			case "email" -> EMAIL.matcher(value).matches();
			case "uri" -> URI.matcher(value).matches();
			case "date-time" -> dateTime(value);
			default -> true;
		};
		if (!valid) {
			problems.add(ImportProblem.error(path, "hsds.import.format-" + format, value));
		}
	}

	private static boolean parses(String uuid) {
		try {
			UUID.fromString(uuid);
			return true;
		}
		catch (IllegalArgumentException malformed) {
			return false;
		}
	}

	private static boolean dateTime(String value) {
		try {
			OffsetDateTime.parse(value);
			return true;
		}
		catch (DateTimeParseException malformed) {
			return false;
		}
	}

	private static boolean hasType(JsonNode node, String type) {
		return switch (type) {
			case "string" -> node.isString();
			case "number" -> node.isNumber();
			case "integer" -> node.isIntegralNumber();
			case "boolean" -> node.isBoolean();
			case "array" -> node.isArray();
			case "object" -> node.isObject();
			default -> true;
		};
	}

	static String typeOf(JsonNode node) {
		if (node.isString()) {
			return "string";
		}
		if (node.isNumber()) {
			return "number";
		}
		if (node.isBoolean()) {
			return "boolean";
		}
		if (node.isArray()) {
			return "array";
		}
		return node.isObject() ? "object" : "null";
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode allowed : values) {
			if (allowed.equals(value)) {
				return true;
			}
		}
		return false;
	}

	private static String join(JsonNode values) {
		List<String> texts = new ArrayList<>();
		values.forEach(value -> texts.add(value.asString()));
		return String.join(", ", texts);
	}

	private JsonNode schema(String file) {
		return this.schemas.computeIfAbsent(file, name -> {
			try (InputStream in = HsdsSchemaCheck.class.getResourceAsStream("/hsds-3.0/schema/" + name)) {
				if (in == null) {
					throw new IllegalStateException("No HSDS schema " + name);
				}
				return this.json.readTree(in);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		});
	}

}
