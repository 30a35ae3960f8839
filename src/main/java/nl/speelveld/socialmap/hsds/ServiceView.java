package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A service of the social map as an HSDS service, without its organization and service_at_locations (the
 * assembler adds those): contact details, for whom, the areas it serves and its focus themes.
 */
@Component
class ServiceView {

	private final HsdsTerms terms;

	ServiceView(HsdsTerms terms) {
		this.terms = terms;
	}

	ObjectNode json(ServiceRow row) {
		ObjectNode node = HsdsJson.object(row.id());
		node.put("organization_id", row.organisationId().toString());
		node.put("name", row.name());
		HsdsJson.text(node, "description", row.description());
		ContactDetails.website(node, "url", row.url());
		ContactDetails.email(node, "email", row.email());
		node.put("status", "active");
		HsdsJson.text(node, "eligibility_description", row.audience());
		dates(node, row.lastConfirmed(), row.updatedAt());
		HsdsJson.array(node, "phones", OrganizationView.phones(row.id(), row.phone()));
		HsdsJson.array(node, "service_areas", serviceAreas(row.id(), row.areas()));
		HsdsJson.array(node, "attributes", row.focus().stream().sorted()
			.map(theme -> this.terms.attribute(this.terms.theme(theme), row.id(), "service")).toList());
		return node;
	}

	List<ObjectNode> serviceAreas(UUID owner, List<String> codes) {
		return codes.stream().sorted().map(code -> {
			HsdsTerm area = this.terms.area(code);
			ObjectNode serviceArea = HsdsJson.object(HsdsIds.of(owner, "area:" + code));
			serviceArea.put("name", area.name());
			serviceArea.put("description", area.description());
			serviceArea.put("extent", code);
			serviceArea.put("extent_type", HsdsTaxonomy.AREA_EXTENT_TYPE);
			return serviceArea;
		}).toList();
	}

	/** When the entry was last confirmed (assured) and last changed. */
	static void dates(ObjectNode node, LocalDate confirmed, Instant changed) {
		node.put("assured_date", confirmed.toString());
		node.put("last_modified", changed.truncatedTo(ChronoUnit.MILLIS).toString());
	}

}
