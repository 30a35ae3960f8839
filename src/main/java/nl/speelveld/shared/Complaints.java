package nl.speelveld.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What is wrong with a form: per field (its id on the page) the message key, the first complaint first. */
public final class Complaints {

	private final Map<String, String> byField = new LinkedHashMap<>();

	public void add(String field, String key) {
		this.byField.putIfAbsent(field, key);
	}

	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public @Nullable String get(String field) {
		return this.byField.get(field);
	}

	/** For the error summary at the top of a page. */
	public Map<String, String> all() {
		return java.util.Collections.unmodifiableMap(this.byField);
	}

}
