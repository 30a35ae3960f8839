package nl.speelveld.network.connections;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One end of a connection: an organisation or a post by id, or a group of residents by its pseudonym.
 * {@link #key()} is the node's key in the network: the same organisation, post or pseudonym (in any case)
 * is the same node.
 */
public record Endpoint(EndpointKind kind, @Nullable UUID ref, @Nullable String group) {

	public static Endpoint organisation(UUID id) {
		return new Endpoint(EndpointKind.ORGANISATION, id, null);
	}

	public static Endpoint post(UUID id) {
		return new Endpoint(EndpointKind.POST, id, null);
	}

	public static Endpoint group(String pseudonym) {
		return new Endpoint(EndpointKind.GROUP, null, pseudonym);
	}

	public String key() {
		return this.kind.key() + ":" + (this.kind == EndpointKind.GROUP
				? String.valueOf(this.group).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
				: String.valueOf(this.ref));
	}

}
