package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;

/** A where clause put together from optional conditions, with its parameters in order. */
final class SqlConditions {

	private final List<String> conditions = new ArrayList<>();

	private final List<Object> parameters = new ArrayList<>();

	SqlConditions add(String condition, Object... values) {
		this.conditions.add(condition);
		this.parameters.addAll(List.of(values));
		return this;
	}

	String where() {
		return this.conditions.isEmpty() ? "" : " where " + String.join(" and ", this.conditions);
	}

	List<Object> parameters() {
		return this.parameters;
	}

	/** A LIKE pattern that finds the text anywhere, with the pattern characters in it taken literally. */
	static String contains(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/** The part of a CBS code that its parts' codes start with: GM0344 gives 0344 (matches WK034401, BU03440101). */
	static String areaKey(String code) {
		return code.substring(2).replace("\\", "").replace("%", "").replace("_", "") + "%";
	}

}
