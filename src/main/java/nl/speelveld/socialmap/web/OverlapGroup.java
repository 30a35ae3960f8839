package nl.speelveld.socialmap.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;

/**
 * Themes on which the same roles overlap, shown once with the roles side by side, so a reader sees what
 * each of them does. {@code partly} says they meet only in a part of the area.
 */
public record OverlapGroup(List<FocusTheme> themes, List<Side> roles, boolean partly) {

	public String themeNames(Locale locale) {
		return this.themes.stream().map(theme -> theme.name(locale)).collect(Collectors.joining(", "));
	}

	/** One role in the overlap: what it is for, and its posts here. */
	public record Side(RoleType role, List<PostLink> posts, int more) {
	}

}
