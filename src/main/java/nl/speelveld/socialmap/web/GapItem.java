package nl.speelveld.socialmap.web;

import java.util.List;
import java.util.Set;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;

/**
 * A theme nobody works on, with the roles that usually do, as a hint for whoever wants to fill the gap;
 * {@code present} holds the codes of roles that already work in the area on other themes.
 */
public record GapItem(FocusTheme theme, List<RoleType> usualRoles, Set<String> present) {

	public boolean worksHere(RoleType role) {
		return this.present.contains(role.code());
	}

}
