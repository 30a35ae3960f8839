package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.socialmap.playingfield.ThemeStatus;

/** A row of the playing-field table: a theme, the roles working on it, and its status. */
public record ThemeRow(FocusTheme theme, ThemeStatus status, boolean partly, List<RoleCell> roles) {

	/** The message key of the status as the table says it; an overlap in a part of the area says so. */
	public String statusKey() {
		String key = "playing-field.status." + this.status.key();
		return this.status == ThemeStatus.OVERLAP && this.partly ? key + "-partly" : key;
	}

}
