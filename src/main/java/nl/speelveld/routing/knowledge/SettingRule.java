package nl.speelveld.routing.knowledge;

import java.util.Locale;

import nl.speelveld.routing.Setting;

/** How a village or a city raises or lowers a role, and the reason a resident is given. */
public record SettingRule(String roleCode, Setting setting, double factor, String reasonNl, String reasonEn) {

	public String reason(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.reasonEn : this.reasonNl;
	}

}
