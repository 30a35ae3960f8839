package nl.speelveld.socialmap.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaCode;

/**
 * Narrows a search to an area, in SQL over the {@code area_key} columns (a CBS code without its two letters):
 * keys nest by prefix, so what lies inside a wijk has a key that starts with the wijk's key. A village code
 * (KR) may share a wijk's digits without lying in that wijk, so the letters of the code are checked as well:
 * a gemeente holds its wijken, buurten and villages, a wijk its buurten; a buurt and a village hold only
 * themselves. Coverage counts from above too: a post for the whole gemeente also works in each of its buurten.
 */
final class AreaFilter {

	private final AreaCode area;

	AreaFilter(AreaCode area) {
		this.area = area;
	}

	AreaCode area() {
		return this.area;
	}

	/** SQL: the area in these columns is the filter's area or lies inside it. */
	String within(String keyColumn, String codeColumn) {
		return "(" + keyColumn + " like :areaPrefix and left(" + codeColumn + ", 2) = any(cast(:areaLevels as text[])))";
	}

	/** SQL: as {@link #within}, or the area in these columns contains the filter's area. */
	String touching(String keyColumn, String codeColumn) {
		if (parents().isEmpty()) {
			return within(keyColumn, codeColumn);
		}
		return "(" + within(keyColumn, codeColumn) + " or " + codeColumn + " = any(cast(:areaParents as text[])))";
	}

	void bind(Map<String, Object> parameters) {
		String key = this.area.value().substring(2);
		boolean holdsOthers = switch (this.area.level()) {
			case GEMEENTE, WIJK -> true;
			case BUURT, KERN -> false;
		};
		parameters.put("areaPrefix", holdsOthers ? key + "%" : key);
		parameters.put("areaLevels", PgArrays.of(switch (this.area.level()) {
			case GEMEENTE -> List.of("GM", "WK", "BU", "KR");
			case WIJK -> List.of("WK", "BU");
			case BUURT -> List.of("BU");
			case KERN -> List.of("KR");
		}));
		parameters.put("areaParents", PgArrays.of(parents()));
	}

	private List<String> parents() {
		List<String> parents = new ArrayList<>();
		AreaCode current = this.area;
		while (current.impliedParent().isPresent()) {
			current = current.impliedParent().get();
			parents.add(current.value());
		}
		return parents;
	}

}
