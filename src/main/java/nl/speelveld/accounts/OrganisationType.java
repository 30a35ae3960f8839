package nl.speelveld.accounts;

import java.util.Optional;

/** The kinds of organisation whose people work on community building (domain.md, section 2). */
public enum OrganisationType {

	GEMEENTE("gemeente"), WELZIJNSORGANISATIE("welzijnsorganisatie"), POLITIE("politie"),
	WONINGCORPORATIE("woningcorporatie"), ZORGAANBIEDER("zorgaanbieder"), DORPSSTICHTING("dorpsstichting"),
	SPORTORGANISATIE("sportorganisatie"), SOCIAAL_ONDERNEMER("sociaal-ondernemer"),
	BEWONERSORGANISATIE("bewonersorganisatie"), VERENIGING("vereniging");

	private final String key;

	OrganisationType(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Optional<OrganisationType> fromKey(String key) {
		for (OrganisationType type : values()) {
			if (type.key.equals(key)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
