package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * A place as an HSDS location: its address, position, opening hours as weekly schedules where they are in a
 * regular form, accessibility, and as attributes its kind and the area it lies in.
 */
@Component
class LocationView {

	private final HsdsTerms terms;

	LocationView(HsdsTerms terms) {
		this.terms = terms;
	}

	ObjectNode json(PlaceRow row) {
		ObjectNode node = HsdsJson.object(row.id());
		node.put("location_type", "physical");
		node.put("name", row.name());
		HsdsJson.text(node, "description", row.description());
		if (row.organisationId() != null) {
			node.put("organization_id", row.organisationId().toString());
		}
		if (row.lat() != null && row.lon() != null) {
			node.put("latitude", row.lat());
			node.put("longitude", row.lon());
		}
		if (row.street() != null || row.city() != null) {
			node.set("addresses", HsdsJson.array(List.of(OrganizationView.address(HsdsIds.of(row.id(), "address"),
					row.street(), row.postcode(), row.city()))));
		}
		HsdsJson.array(node, "accessibility", accessibility(row));
		HsdsJson.array(node, "schedules", schedules(row));
		List<ObjectNode> attributes = new ArrayList<>();
		attributes.add(this.terms.attribute(this.terms.placeKind(row.kind()), row.id(), "location"));
		if (row.areaCode() != null) {
			attributes.add(this.terms.attribute(this.terms.area(row.areaCode()), row.id(), "location"));
		}
		node.set("attributes", HsdsJson.array(attributes));
		return node;
	}

	private static List<ObjectNode> accessibility(PlaceRow row) {
		if (row.accessibility().isBlank() && row.wheelchairAccessible() == null) {
			return List.of();
		}
		ObjectNode accessibility = HsdsJson.object(HsdsIds.of(row.id(), "accessibility"));
		HsdsJson.text(accessibility, "description", row.accessibility());
		if (row.wheelchairAccessible() != null) {
			accessibility.put("details", row.wheelchairAccessible() ? "Toegankelijk voor rolstoelen."
					: "Niet toegankelijk voor rolstoelen.");
		}
		return List.of(accessibility);
	}

	private static List<ObjectNode> schedules(PlaceRow row) {
		if (row.openingHours().isBlank()) {
			return List.of();
		}
		var openings = OpeningHours.parse(row.openingHours());
		if (openings.isEmpty()) {
			ObjectNode schedule = HsdsJson.object(HsdsIds.of(row.id(), "opening-hours"));
			schedule.put("description", row.openingHours());
			return List.of(schedule);
		}
		List<ObjectNode> schedules = new ArrayList<>();
		for (int i = 0; i < openings.get().size(); i++) {
			var opening = openings.get().get(i);
			ObjectNode schedule = HsdsJson.object(HsdsIds.of(row.id(), "opening-hours:" + i));
			schedule.put("freq", "WEEKLY");
			schedule.put("wkst", "MO");
			schedule.put("byday", opening.byDay());
			schedule.put("opens_at", opening.opensAt());
			schedule.put("closes_at", opening.closesAt());
			schedule.put("description", opening.text());
			schedules.add(schedule);
		}
		return schedules;
	}

}
