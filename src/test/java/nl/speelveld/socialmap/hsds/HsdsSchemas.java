package nl.speelveld.socialmap.hsds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import tools.jackson.databind.JsonNode;

/**
 * The official HSDS 3.0 schemas (Open Referral, CC BY-SA 4.0; see hsds-3.0/SOURCE.md) for checking what
 * Speelveld publishes. Their $refs point at the specification's GitHub address; those are read from the
 * copies on the class path (the gzipped compiled schemas unpacked), never from the network. Formats (uuid,
 * uri, email, date-time) are checked too.
 */
final class HsdsSchemas {

	static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
				.resourceLoaders(loaders -> loaders.add(iri -> {
					String address = iri.toString();
					if (!address.startsWith(BASE)) {
						return null;
					}
					byte[] content = file(address.substring(BASE.length()));
					return content == null ? null : (InputStreamSource) () -> new ByteArrayInputStream(content);
				})));

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/** A schema by its path under schema/ (compiled/service.json), or a response of the HSDS OpenAPI. */
	Schema schema(String path) {
		return this.schemas.computeIfAbsent(path, key -> this.registry.getSchema(SchemaLocation.of(BASE + key)));
	}

	/** The schema of the 200 response of a path of the HSDS OpenAPI, such as /services. */
	Schema response(String apiPath) {
		String pointer = "openapi.json#/paths/" + apiPath.replace("~", "~0").replace("/", "~1")
				+ "/get/responses/200/content/application~1json/schema";
		return schema(pointer);
	}

	static List<String> errors(Schema schema, JsonNode instance) {
		return schema.validate(instance).stream().map(Error::toString).toList();
	}

	private static byte[] file(String path) {
		return FILES.computeIfAbsent(path, key -> {
			byte[] plain = read("hsds-3.0/schema/" + key, false);
			return plain != null ? plain : read("hsds-3.0/schema/" + key + ".gz", true);
		});
	}

	private static byte[] read(String resource, boolean gzipped) {
		try (InputStream in = HsdsSchemas.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			return gzipped ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
