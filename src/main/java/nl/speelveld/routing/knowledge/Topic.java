package nl.speelveld.routing.knowledge;

import java.util.Locale;
import java.util.Map;

/**
 * A kind of question residents ask, within one focus theme, with the roles that help with it and how well
 * each fits (1 is the first one to ask).
 */
public record Topic(String code, String themeCode, String nameNl, String nameEn, Map<String, Double> roles,
		boolean seeded) {

	public Topic {
		roles = Map.copyOf(roles);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameNl;
	}

}
