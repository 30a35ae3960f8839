package nl.speelveld.participation.processes;

import java.util.Locale;
import java.util.Optional;

/** Why the gemeente asks: a legal duty, its own participation regulation, a right to challenge, or its own choice. */
public enum LegalBasis {

	OMGEVINGSWET, PARTICIPATIEVERORDENING, UITDAAGRECHT, VRIJWILLIG;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<LegalBasis> fromKey(String key) {
		for (LegalBasis basis : values()) {
			if (basis.key().equals(key)) {
				return Optional.of(basis);
			}
		}
		return Optional.empty();
	}

}
