package nl.speelveld.socialmap.hsds;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

/**
 * The taxonomies Speelveld publishes its classifications in: what each one is called in HSDS, the prefix of
 * its terms' keys (a term's id is {@code HsdsIds.of(prefix + code)}) and the link_type of attributes that use it.
 */
public enum HsdsTaxonomy {

	ROLE_TYPES("role-type:", "role", "Speelveld: rollen in de wijk",
			"De soorten functies in samenlevingsopbouw, zoals wijkagent, sociaal makelaar en opbouwwerker (de rollentypologie van Speelveld)."),
	FOCUS_THEMES("focus-theme:", "focus", "Speelveld: thema's",
			"De thema's waaraan professionals werken, elk bij een van de twee doelen: leefbaarheid en sociale cohesie (G1), of stem en invloed van bewoners (G2)."),
	PLACE_KINDS("place-kind:", "place_kind", "Speelveld: soorten plekken",
			"Soorten plekken in de wijk, zoals een buurthuis of een bibliotheek."),
	ORGANISATION_TYPES("organisation-type:", "organization_type", "Speelveld: soorten organisaties",
			"Soorten organisaties die aan samenlevingsopbouw werken, zoals gemeente, welzijnsorganisatie of politie."),
	AREAS("area:", "area", "CBS-gebieden",
			"Gemeenten, wijken en buurten van het CBS (Wijk- en buurtkaart), met hun CBS-code als code. Een werkgebied of de plek waar iets ligt.");

	/** The extent_type of a service_area whose extent is a CBS area code (GM0344, WK034401...). */
	public static final String AREA_EXTENT_TYPE = "cbs_area_code";

	private final String prefix;

	private final String linkType;

	private final String title;

	private final String description;

	HsdsTaxonomy(String prefix, String linkType, String title, String description) {
		this.prefix = prefix;
		this.linkType = linkType;
		this.title = title;
		this.description = description;
	}

	public UUID id() {
		return HsdsIds.of("taxonomy:" + this.prefix);
	}

	public UUID termId(String code) {
		return HsdsIds.of(this.prefix + code);
	}

	String linkType() {
		return this.linkType;
	}

	String title() {
		return this.title;
	}

	ObjectNode json(String baseUrl) {
		ObjectNode taxonomy = HsdsJson.object(id());
		taxonomy.put("name", this.title);
		taxonomy.put("description", this.description);
		switch (this) {
			case ROLE_TYPES, FOCUS_THEMES -> taxonomy.put("uri", baseUrl + "/rollen");
			case AREAS -> taxonomy.put("uri", "https://www.cbs.nl/nl-nl/dossier/nederland-regionaal/wijk-en-buurtstatistieken");
			default -> {
			}
		}
		taxonomy.put("version", "1");
		return taxonomy;
	}

	static Optional<HsdsTaxonomy> byId(UUID id) {
		return Arrays.stream(values()).filter(taxonomy -> taxonomy.id().equals(id)).findFirst();
	}

}
