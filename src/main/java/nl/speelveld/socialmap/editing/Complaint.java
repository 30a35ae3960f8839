package nl.speelveld.socialmap.editing;

import java.util.List;

/**
 * What is wrong with one value someone entered: a message key and the values it names, so that a form can
 * show it next to the field and an import can show it after the line number.
 */
public record Complaint(String key, List<String> arguments) {

	public Object[] args() {
		return this.arguments.toArray();
	}

}
