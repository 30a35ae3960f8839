package nl.speelveld.socialmap.hsds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A post as an HSDS service of its organisation: named after the post, described by its role, with the
 * professional as contact (public work name and role only), the areas covered as service areas, its
 * languages and availability, and the role type and focus themes as attributes.
 */
@Component
class PostView {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final HsdsTerms terms;

	private final Roles roles;

	private final ServiceView services;

	PostView(HsdsTerms terms, Roles roles, ServiceView services) {
		this.terms = terms;
		this.roles = roles;
		this.services = services;
	}

	ObjectNode json(PostRow row, LocalDate today) {
		var role = this.roles.find(row.roleCode());
		ObjectNode node = HsdsJson.object(row.id());
		node.put("organization_id", row.organisationId().toString());
		node.put("name", row.title());
		node.put("description", role.map(RoleType::definitionNl).orElse(row.title()));
		ContactDetails.website(node, "url", row.contactUrl());
		ContactDetails.email(node, "email", row.contactEmail());
		node.put("status", row.activeOn(today) ? "active" : "inactive");
		ServiceView.dates(node, row.lastConfirmed(), row.updatedAt());
		List<ObjectNode> phones = OrganizationView.phones(row.id(), row.contactPhone());
		HsdsJson.array(node, "phones", phones);
		HsdsJson.array(node, "schedules", availability(row));
		HsdsJson.array(node, "service_areas", this.services.serviceAreas(row.id(), row.areas()));
		HsdsJson.array(node, "languages", row.languages().stream().map(code -> language(row.id(), code)).toList());
		if (row.professionalName() != null) {
			ObjectNode contact = HsdsJson.object(HsdsIds.of(row.id(), "contact"));
			contact.put("name", row.professionalName());
			contact.put("title", role.map(RoleType::nameNl).orElse(row.title()));
			ContactDetails.email(contact, "email", row.contactEmail());
			HsdsJson.array(contact, "phones", phones);
			node.set("contacts", HsdsJson.array(List.of(contact)));
		}
		List<ObjectNode> attributes = new ArrayList<>();
		attributes.add(this.terms.attribute(this.terms.role(row.roleCode()), row.id(), "service"));
		row.focus().stream().sorted()
			.forEach(theme -> attributes.add(this.terms.attribute(this.terms.theme(theme), row.id(), "service")));
		node.set("attributes", HsdsJson.array(attributes));
		return node;
	}

	private static List<ObjectNode> availability(PostRow row) {
		if (row.availability().isBlank() && row.startsOn() == null && row.endsOn() == null) {
			return List.of();
		}
		ObjectNode schedule = HsdsJson.object(HsdsIds.of(row.id(), "availability"));
		if (row.startsOn() != null) {
			schedule.put("valid_from", row.startsOn().toString());
		}
		if (row.endsOn() != null) {
			schedule.put("valid_to", row.endsOn().toString());
		}
		HsdsJson.text(schedule, "description", row.availability());
		return List.of(schedule);
	}

	private static ObjectNode language(UUID post, String code) {
		ObjectNode language = HsdsJson.object(HsdsIds.of(post, "language:" + code));
		String name = Locale.forLanguageTag(code).getDisplayLanguage(DUTCH);
		HsdsJson.text(language, "name", name.isBlank() ? code : name);
		language.put("code", code);
		return language;
	}

}
