package nl.speelveld.routing.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The forms of the wegwijzer's knowledge administration, as typed: weights as people write them (0,5 or
 * 0.5), everything else as text that {@code KnowledgeEditing} checks.
 */
public final class KnowledgeForms {

	static final String WEIGHT_PREFIX = "gewicht-";

	private KnowledgeForms() {
	}

	public record TermForm(String taal, String woord) {

		public TermForm {
			taal = text(taal);
			woord = text(woord);
		}

		static TermForm empty() {
			return new TermForm("nl", "");
		}

	}

	public record WeightForm(String rol, String gewicht) {

		public WeightForm {
			rol = text(rol);
			gewicht = text(gewicht);
		}

		static WeightForm empty() {
			return new WeightForm("", "");
		}

	}

	public record ExampleForm(String voorbeeldRol, String voorbeeldTaal, String voorbeeld) {

		public ExampleForm {
			voorbeeldRol = text(voorbeeldRol);
			voorbeeldTaal = text(voorbeeldTaal);
			voorbeeld = text(voorbeeld);
		}

		static ExampleForm empty() {
			return new ExampleForm("", "nl", "");
		}

	}

	public record TryForm(String vraag, String omgeving) {

		public TryForm {
			vraag = text(vraag);
			omgeving = text(omgeving).isEmpty() ? "stad" : text(omgeving);
		}

		static TryForm empty() {
			return new TryForm("", "stad");
		}

	}

	/** A new topic; {@code gewichten} holds per role code the weight as typed, empty for roles left out. */
	public record TopicForm(String code, String thema, String naam, String naamEngels, Map<String, String> gewichten) {

		static TopicForm empty() {
			return new TopicForm("", "", "", "", Map.of());
		}

		static TopicForm of(MultiValueMap<String, String> parameters) {
			Map<String, String> weights = new LinkedHashMap<>();
			parameters.forEach((name, values) -> {
				if (name.startsWith(WEIGHT_PREFIX) && !values.isEmpty() && !text(values.get(0)).isEmpty()) {
					weights.put(name.substring(WEIGHT_PREFIX.length()), text(values.get(0)));
				}
			});
			return new TopicForm(text(parameters.getFirst("code")).toLowerCase(java.util.Locale.ROOT),
					text(parameters.getFirst("thema")), text(parameters.getFirst("naam")),
					text(parameters.getFirst("naamEngels")), weights);
		}

		public String weight(String role) {
			return this.gewichten.getOrDefault(role, "");
		}

	}

	/** A weight as typed, with a comma or a point; empty when it is no number. */
	static Optional<BigDecimal> weight(String typed) {
		try {
			return Optional.of(new BigDecimal(typed.strip().replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
