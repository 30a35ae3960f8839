package nl.speelveld.network.connections;

import org.jspecify.annotations.Nullable;

/**
 * An endpoint with what people read: an organisation's or post's current name (a post with its
 * organisation), or a group's pseudonym. {@code affiliation} is the node key of the party it belongs to.
 */
public record NamedEndpoint(String key, EndpointKind kind, String label, @Nullable String organisation,
		@Nullable String roleCode, String affiliation, boolean removed) {
}
