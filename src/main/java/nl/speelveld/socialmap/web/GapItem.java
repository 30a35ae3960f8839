package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;

/** A theme nobody works on, with the roles that usually do, as a hint for whoever wants to fill the gap. */
public record GapItem(FocusTheme theme, List<RoleType> usualRoles) {
}
