package nl.speelveld.roles;

import java.util.Locale;

/** A theme professionals work on, such as {@code eenzaamheid} or {@code inspraak}, serving one of the two goals. */
public record FocusTheme(String code, Goal goal, String nameNl, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameNl;
	}

}
