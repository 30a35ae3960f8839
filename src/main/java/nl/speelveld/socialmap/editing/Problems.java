package nl.speelveld.socialmap.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The complaints about a form or an import line, one per field, in the order the fields were checked. A
 * refusal is a complaint about something the person may not do, such as naming an area outside their
 * scope: pages answer it with 403 but still show the form, so that nothing typed is lost.
 */
public final class Problems {

	private final Map<String, Complaint> byField = new LinkedHashMap<>();

	private boolean refused;

	/** Keeps the first complaint about a field: it is the one to fix first. */
	public void add(String field, String key, String... arguments) {
		this.byField.putIfAbsent(field, new Complaint(key, List.of(arguments)));
	}

	public void refuse(String field, String key, String... arguments) {
		this.refused = true;
		this.byField.put(field, new Complaint(key, List.of(arguments)));
	}

	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	public boolean refused() {
		return this.refused;
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public @Nullable Complaint get(String field) {
		return this.byField.get(field);
	}

	public Map<String, Complaint> all() {
		return this.byField;
	}

	/** The HTTP status for a form that comes back with these problems. */
	public int status() {
		return this.refused ? 403 : 400;
	}

}
