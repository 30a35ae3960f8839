package nl.speelveld.routing.knowledge;

import java.math.BigDecimal;
import java.util.Map;

/** A topic a coordinator adds: its code, focus theme, Dutch and English name and the roles with their weights. */
public record NewTopic(String code, String themeCode, String nameNl, String nameEn, Map<String, BigDecimal> roles) {

	public NewTopic {
		roles = Map.copyOf(roles);
	}

}
