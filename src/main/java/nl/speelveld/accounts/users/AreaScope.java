package nl.speelveld.accounts.users;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;

/**
 * Whether a role held for one area also holds for another: a role for a gemeente holds in all its
 * wijken and buurten, a role for a wijk in its buurten. CBS codes carry their parents' digits, so this
 * needs no lookup.
 */
final class AreaScope {

	private AreaScope() {
	}

	static boolean covers(AreaCode scope, AreaCode area) {
		String scopeDigits = scope.value().substring(2);
		String areaDigits = area.value().substring(2);
		return switch (scope.level()) {
			case GEMEENTE -> areaDigits.startsWith(scopeDigits);
			case WIJK -> (area.level() == AreaLevel.WIJK || area.level() == AreaLevel.BUURT)
					&& areaDigits.startsWith(scopeDigits);
			case BUURT, KERN -> scope.equals(area);
		};
	}

}
