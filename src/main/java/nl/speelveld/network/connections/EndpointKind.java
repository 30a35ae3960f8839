package nl.speelveld.network.connections;

import java.util.Arrays;
import java.util.Optional;

import nl.speelveld.network.measures.NodeKind;

/** What one end of a connection is; {@code field} is the value the form sends, {@code key} the stored one. */
public enum EndpointKind {

	ORGANISATION("organisation", "organisatie", NodeKind.ORGANISATION),

	POST("post", "post", NodeKind.POST),

	GROUP("group", "groep", NodeKind.GROUP);

	private final String key;

	private final String field;

	private final NodeKind node;

	EndpointKind(String key, String field, NodeKind node) {
		this.key = key;
		this.field = field;
		this.node = node;
	}

	public String key() {
		return this.key;
	}

	public String field() {
		return this.field;
	}

	public NodeKind node() {
		return this.node;
	}

	public static Optional<EndpointKind> byKey(String key) {
		return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
	}

	public static Optional<EndpointKind> byField(String field) {
		return Arrays.stream(values()).filter(kind -> kind.field.equals(field)).findFirst();
	}

}
