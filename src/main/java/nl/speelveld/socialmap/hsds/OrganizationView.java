package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * An organisation as an HSDS organization, without its locations and services: name, description, contact
 * details, and as attributes its kind and the areas it works in. Its postal address becomes a location of its own.
 */
@Component
class OrganizationView {

	static final String ADDRESS_LOCATION = "address-location";

	private final HsdsTerms terms;

	OrganizationView(HsdsTerms terms) {
		this.terms = terms;
	}

	ObjectNode json(OrganisationRow row) {
		ObjectNode node = HsdsJson.object(row.id());
		node.put("name", row.name());
		node.put("description", row.description());
		ContactDetails.email(node, "email", row.email());
		ContactDetails.website(node, "website", row.website());
		HsdsJson.array(node, "phones", phones(row.id(), row.phone()));
		List<ObjectNode> attributes = new ArrayList<>();
		attributes.add(this.terms.attribute(this.terms.organisationType(row.type()), row.id(), "organization"));
		row.areas().stream().sorted().forEach(
				code -> attributes.add(this.terms.attribute(this.terms.area(code), row.id(), "organization")));
		HsdsJson.array(node, "attributes", attributes);
		return node;
	}

	/** The organisation's own address as a location, when it has one. */
	Optional<ObjectNode> addressLocation(OrganisationRow row) {
		if (!row.hasAddress()) {
			return Optional.empty();
		}
		UUID id = addressLocationId(row.id());
		ObjectNode location = HsdsJson.object(id);
		location.put("location_type", "physical");
		location.put("name", row.name());
		location.put("organization_id", row.id().toString());
		location.set("addresses", HsdsJson.array(List.of(address(HsdsIds.of(id, "address"), row.street(), row.postcode(),
				row.city()))));
		return Optional.of(location);
	}

	static UUID addressLocationId(UUID organisation) {
		return HsdsIds.of(organisation, ADDRESS_LOCATION);
	}

	static List<ObjectNode> phones(UUID owner, String number) {
		if (number == null || number.isBlank()) {
			return List.of();
		}
		ObjectNode phone = HsdsJson.object(HsdsIds.of(owner, "phone"));
		phone.put("number", number.strip());
		return List.of(phone);
	}

	static ObjectNode address(UUID id, String street, String postcode, String city) {
		ObjectNode address = HsdsJson.object(id);
		address.put("address_1", street == null ? "" : street);
		address.put("city", city == null ? "" : city);
		// Dutch addresses have no state; HSDS requires the field, so it is there and empty.
		address.put("state_province", "");
		address.put("postal_code", postcode == null ? "" : postcode);
		address.put("country", "NL");
		address.put("address_type", "physical");
		return address;
	}

}
