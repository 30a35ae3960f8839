package nl.speelveld.network.connections;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;

import org.springframework.stereotype.Component;

/**
 * Names endpoints from the social map as it is now. One {@link Lookup} per page keeps each organisation and
 * post to one question, however often it is connected. An entry that has been removed since keeps its place
 * in the network, under the label of a removed organisation or post.
 */
@Component
public class EndpointNames {

	private final SocialMap socialMap;

	EndpointNames(SocialMap socialMap) {
		this.socialMap = socialMap;
	}

	public Lookup lookup() {
		return new Lookup();
	}

	/** Names for one page; not shared between requests. */
	public final class Lookup {

		private final Map<String, NamedEndpoint> named = new HashMap<>();

		private Lookup() {
		}

		/** The endpoint named; {@code removedLabel} is what a removed organisation or post is called. */
		public NamedEndpoint name(Endpoint endpoint, String removedLabel) {
			return this.named.computeIfAbsent(endpoint.key(), key -> resolve(endpoint, key, removedLabel));
		}

		private NamedEndpoint resolve(Endpoint endpoint, String key, String removedLabel) {
			try {
				return switch (endpoint.kind()) {
					case GROUP -> new NamedEndpoint(key, EndpointKind.GROUP, Objects.requireNonNull(endpoint.group()).strip(),
							null, null, key, false);
					case ORGANISATION -> {
						Organisation organisation = EndpointNames.this.socialMap.organisation(ref(endpoint));
						yield new NamedEndpoint(key, EndpointKind.ORGANISATION, organisation.name(), null, null, key, false);
					}
					case POST -> {
						Post post = EndpointNames.this.socialMap.post(ref(endpoint));
						yield new NamedEndpoint(key, EndpointKind.POST, post.name(), post.organisation().name(), post.roleCode(),
								Endpoint.organisation(post.organisation().id()).key(), false);
					}
				};
			}
			catch (SocialMapEntryNotFound removed) {
				return new NamedEndpoint(key, endpoint.kind(), removedLabel, null, null, key, true);
			}
		}

		private UUID ref(Endpoint endpoint) {
			return Objects.requireNonNull(endpoint.ref());
		}

	}

}
