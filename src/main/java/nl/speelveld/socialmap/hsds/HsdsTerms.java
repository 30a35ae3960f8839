package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Speelveld's classifications as HSDS taxonomy terms, and the attributes that link an entry to them. Role
 * types and focus themes come from the role typology; kinds of place and areas are those the social map uses.
 */
@Component
public class HsdsTerms {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Roles roles;

	private final AreaNaming areas;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final String baseUrl;

	HsdsTerms(Roles roles, AreaNaming areas, MessageSource messages, JdbcClient jdbc,
			@Value("${speelveld.base-url:http://localhost:8080}") String baseUrl) {
		this.roles = roles;
		this.areas = areas;
		this.messages = messages;
		this.jdbc = jdbc;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	HsdsTerm role(String code) {
		Optional<RoleType> role = this.roles.find(code);
		return new HsdsTerm(HsdsTaxonomy.ROLE_TYPES, code, role.map(RoleType::nameNl).orElse(code),
				role.map(RoleType::definitionNl).orElse(code));
	}

	HsdsTerm theme(String code) {
		Optional<FocusTheme> theme = this.roles.theme(code);
		String goal = theme.map(found -> found.goal().name() + ": " + text("goal." + found.goal().key())).orElse("");
		return new HsdsTerm(HsdsTaxonomy.FOCUS_THEMES, code, theme.map(FocusTheme::nameNl).orElse(code),
				goal.isEmpty() ? code : "Doel " + goal);
	}

	HsdsTerm placeKind(String kind) {
		String name = kind.replace('-', ' ');
		name = name.isEmpty() ? kind : Character.toUpperCase(name.charAt(0)) + name.substring(1);
		return new HsdsTerm(HsdsTaxonomy.PLACE_KINDS, kind, name, "Soort plek: " + name.toLowerCase(DUTCH));
	}

	HsdsTerm organisationType(String key) {
		String name = OrganisationType.fromKey(key).map(type -> text("organisation-type." + type.key())).orElse(key);
		return new HsdsTerm(HsdsTaxonomy.ORGANISATION_TYPES, key, name, "Soort organisatie: " + name);
	}

	HsdsTerm area(String code) {
		var area = this.areas.find(code);
		String name = area.map(found -> found.name()).orElse(code);
		String level = area.map(found -> text("level." + found.level().key())).orElse("");
		return new HsdsTerm(HsdsTaxonomy.AREAS, code, name, (level + " " + name + " (CBS-code " + code + ")").strip());
	}

	/** Every term: the whole typology, every kind of organisation, and the kinds of place and areas in use. */
	public List<HsdsTerm> all() {
		List<HsdsTerm> terms = new ArrayList<>();
		this.roles.all().forEach(role -> terms.add(role(role.code())));
		this.roles.themes().forEach(theme -> terms.add(theme(theme.code())));
		for (OrganisationType type : OrganisationType.values()) {
			terms.add(organisationType(type.key()));
		}
		this.jdbc.sql("select distinct kind from smap_place order by kind").query(String.class).list()
			.forEach(kind -> terms.add(placeKind(kind)));
		this.jdbc.sql("""
				select area_code from smap_organisation_area union select area_code from smap_post_area
				union select area_code from smap_service_area
				union select area_code from smap_place where area_code is not null order by 1""")
			.query(String.class)
			.list()
			.forEach(code -> terms.add(area(code)));
		return terms;
	}

	public Optional<HsdsTerm> find(UUID id) {
		return all().stream().filter(term -> term.id().equals(id)).findFirst();
	}

	public ObjectNode json(HsdsTerm term) {
		ObjectNode node = HsdsJson.object(term.id());
		node.put("code", term.code());
		node.put("name", term.name());
		node.put("description", term.description());
		node.put("taxonomy", term.taxonomy().title());
		node.set("taxonomy_detail", term.taxonomy().json(this.baseUrl));
		node.put("language", "nl");
		node.put("taxonomy_id", term.taxonomy().id().toString());
		return node;
	}

	public ObjectNode taxonomy(HsdsTaxonomy taxonomy) {
		return taxonomy.json(this.baseUrl);
	}

	/** The attribute that links an entry (service, organization, location) to a term. */
	ObjectNode attribute(HsdsTerm term, UUID owner, String linkEntity) {
		ObjectNode attribute = HsdsJson.object(HsdsIds.of(owner, "attribute:" + term.id()));
		attribute.put("link_id", owner.toString());
		attribute.put("taxonomy_term_id", term.id().toString());
		attribute.put("link_type", term.taxonomy().linkType());
		attribute.put("link_entity", linkEntity);
		attribute.put("value", term.code());
		attribute.set("taxonomy_term", json(term));
		return attribute;
	}

	/**
	 * The Speelveld term an imported attribute refers to, if any: its term id must be the one Speelveld gives
	 * the code in its value (or in its nested term).
	 */
	Optional<HsdsTerm> recognise(JsonNode attribute, HsdsTaxonomy taxonomy) {
		String code = HsdsJson.text(attribute, "value");
		if (code == null) {
			code = HsdsJson.text(attribute.path("taxonomy_term"), "code");
		}
		String termId = HsdsJson.text(attribute, "taxonomy_term_id");
		if (termId == null) {
			termId = HsdsJson.text(attribute.path("taxonomy_term"), "id");
		}
		if (code == null || termId == null || !taxonomy.termId(code).toString().equals(termId) || !known(taxonomy, code)) {
			return Optional.empty();
		}
		return Optional.of(switch (taxonomy) {
			case ROLE_TYPES -> role(code);
			case FOCUS_THEMES -> theme(code);
			case PLACE_KINDS -> placeKind(code);
			case ORGANISATION_TYPES -> organisationType(code);
			case AREAS -> area(code);
		});
	}

	private boolean known(HsdsTaxonomy taxonomy, String code) {
		return switch (taxonomy) {
			case ROLE_TYPES -> this.roles.find(code).isPresent();
			case FOCUS_THEMES -> this.roles.theme(code).isPresent();
			case PLACE_KINDS -> code.length() <= 32;
			case ORGANISATION_TYPES -> OrganisationType.fromKey(code).isPresent();
			case AREAS -> AreaCode.isValid(code);
		};
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, DUTCH);
	}

}
