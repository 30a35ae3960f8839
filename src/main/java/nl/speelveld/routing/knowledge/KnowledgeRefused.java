package nl.speelveld.routing.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.speelveld.shared.Problem;

/**
 * A change to the wegwijzer's knowledge that cannot be made as given: per form field, the message key that
 * says why. The first of them is the problem's own message, for the API and the logs.
 */
public class KnowledgeRefused extends Problem {

	private final transient Map<String, String> problems;

	public KnowledgeRefused(Map<String, String> problems) {
		super(Kind.BAD_INPUT, problems.values().iterator().next());
		this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
	}

	public KnowledgeRefused(String field, String messageKey) {
		this(Collections.singletonMap(field, messageKey));
	}

	/** Per form field, the message key of what is wrong with it. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
