package nl.speelveld.socialmap.hsds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.socialmap.PlaceKind;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Turns imported HSDS entries into rows of the social map: what the columns model is taken (within their
 * limits), and the difference between the entry as given and the row as Speelveld publishes it becomes the
 * entry's remainder. Columns HSDS does not fill keep what an existing row has.
 */
@Component
class ImportMapping {

	static final String DEFAULT_ORGANISATION_TYPE = "vereniging";

	static final String DEFAULT_PLACE_KIND = "anders";

	/** Where an organization's remainder keeps that of the location that is its own address. */
	static final String ADDRESS = "@address_location";

	private final HsdsTerms terms;

	private final OrganizationView organizations;

	private final LocationView locations;

	private final ServiceView services;

	private final Areas areas;

	ImportMapping(HsdsTerms terms, OrganizationView organizations, LocationView locations, ServiceView services,
			Areas areas) {
		this.terms = terms;
		this.organizations = organizations;
		this.locations = locations;
		this.services = services;
		this.areas = areas;
	}

	OrganisationRow organisation(ImportEntities.Entry entry, @Nullable OrganisationRow existing, @Nullable ObjectNode address,
			Instant now, List<ImportProblem> problems) {
		ObjectNode given = entry.own();
		Map<String, String> aliases = new LinkedHashMap<>();
		String type = term(given, entry.id(), HsdsTaxonomy.ORGANISATION_TYPES, aliases).stream().findFirst()
			.orElse(existing != null ? existing.type() : DEFAULT_ORGANISATION_TYPE);
		List<String> areaCodes = term(given, entry.id(), HsdsTaxonomy.AREAS, aliases);
		String phone = firstPhone(given, entry.id(), aliases);
		JsonNode addressLine = address == null ? null : firstAddress(address);
		OrganisationRow row = new OrganisationRow(entry.id(), name(given, entry.path(), problems), type,
				fit(HsdsJson.text(given, "description"), 4000, ""), fit(HsdsJson.text(given, "website"), 500, null),
				fit(HsdsJson.text(given, "email"), 320, null), phone,
				addressLine != null ? fit(HsdsJson.text(addressLine, "address_1"), 200, null)
						: existing == null ? null : existing.street(),
				addressLine != null ? fit(HsdsJson.text(addressLine, "postal_code"), 7, null)
						: existing == null ? null : existing.postcode(),
				addressLine != null ? fit(HsdsJson.text(addressLine, "city"), 100, null) : existing == null ? null : existing.city(),
				areaCodes, existing != null ? existing.lastConfirmed() : LocalDate.now(), now, null);
		ObjectNode remainder = HsdsRemainder.of(given, this.organizations.json(row), aliases);
		if (address != null) {
			var view = this.organizations.addressLocation(row);
			if (view.isPresent()) {
				Map<String, String> addressAliases = new LinkedHashMap<>();
				alias(addressAliases, HsdsIds.of(address.get("id").asString() + ":address"), addressLine);
				remainder.set(ADDRESS, HsdsRemainder.of(address, view.get(), addressAliases));
			}
		}
		return withRemainder(row, remainder);
	}

	PlaceRow place(ImportEntities.Entry entry, @Nullable PlaceRow existing, Instant now, List<ImportProblem> problems) {
		ObjectNode given = entry.own();
		Map<String, String> aliases = new LinkedHashMap<>();
		// A kind Speelveld has no name for becomes anders; the term itself stays in the remainder.
		String kind = term(given, entry.id(), HsdsTaxonomy.PLACE_KINDS, aliases).stream().filter(PlaceKind::isKnown).findFirst()
			.orElse(existing != null ? existing.kind() : DEFAULT_PLACE_KIND);
		term(given, entry.id(), HsdsTaxonomy.AREAS, aliases);
		JsonNode address = firstAddress(given);
		alias(aliases, HsdsIds.of(entry.id(), "address"), address);
		Double lat = number(given, "latitude");
		Double lon = number(given, "longitude");
		if ((lat != null || lon != null) && !(lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
			problems.add(ImportProblem.note(entry.path(), "hsds.import.coordinates-kept", String.valueOf(lat), String.valueOf(lon)));
			lat = null;
			lon = null;
		}
		JsonNode accessibility = given.path("accessibility").path(0);
		alias(aliases, HsdsIds.of(entry.id(), "accessibility"), accessibility.isObject() ? accessibility : null);
		String name = HsdsJson.text(given, "name");
		if (name == null && address != null) {
			name = HsdsJson.text(address, "address_1");
		}
		PlaceRow row = new PlaceRow(entry.id(), kind, fit(name != null && name.strip().length() >= 2 ? name.strip() : null, 200,
				existing != null ? existing.name() : "Locatie"), fit(HsdsJson.text(given, "description"), 4000, ""),
				entry.parent(), address == null ? null : fit(HsdsJson.text(address, "address_1"), 200, null),
				address == null ? null : fit(HsdsJson.text(address, "postal_code"), 7, null),
				address == null ? null : fit(HsdsJson.text(address, "city"), 100, null), lat, lon, areaCode(lat, lon),
				existing != null ? existing.openingHours() : "",
				fit(HsdsJson.text(accessibility, "description"), 1000, existing != null ? existing.accessibility() : ""),
				existing != null ? existing.wheelchairAccessible() : null,
				existing != null ? existing.lastConfirmed() : LocalDate.now(), now, null);
		return new PlaceRow(row.id(), row.kind(), row.name(), row.description(), row.organisationId(), row.street(),
				row.postcode(), row.city(), row.lat(), row.lon(), row.areaCode(), row.openingHours(), row.accessibility(),
				row.wheelchairAccessible(), row.lastConfirmed(), row.updatedAt(),
				HsdsRemainder.of(given, this.locations.json(row), aliases));
	}

	ServiceRow service(ImportEntities.Entry entry, @Nullable ServiceRow existing, Instant now, List<ImportProblem> problems) {
		ObjectNode given = entry.own();
		Map<String, String> aliases = new LinkedHashMap<>();
		List<String> focus = term(given, entry.id(), HsdsTaxonomy.FOCUS_THEMES, aliases);
		List<String> areaCodes = new ArrayList<>();
		for (JsonNode area : given.path("service_areas")) {
			String code = HsdsJson.text(area, "extent");
			if (HsdsTaxonomy.AREA_EXTENT_TYPE.equals(HsdsJson.text(area, "extent_type")) && code != null
					&& AreaCode.isValid(code) && !areaCodes.contains(code)) {
				areaCodes.add(code);
				alias(aliases, HsdsIds.of(entry.id(), "area:" + code), area);
			}
		}
		LocalDate confirmed = date(HsdsJson.text(given, "assured_date"));
		ServiceRow row = new ServiceRow(entry.id(), entry.parent(), name(given, entry.path(), problems),
				fit(HsdsJson.text(given, "description"), 4000, ""), fit(HsdsJson.text(given, "eligibility_description"), 500, ""),
				focus, fit(HsdsJson.text(given, "url"), 500, null), fit(HsdsJson.text(given, "email"), 320, null),
				firstPhone(given, entry.id(), aliases), areaCodes,
				confirmed != null ? confirmed : existing != null ? existing.lastConfirmed() : LocalDate.now(), now, null);
		return new ServiceRow(row.id(), row.organisationId(), row.name(), row.description(), row.audience(), row.focus(),
				row.url(), row.email(), row.phone(), row.areas(), row.lastConfirmed(), row.updatedAt(),
				HsdsRemainder.of(given, this.services.json(row), aliases));
	}

	ServicePlaceRow serviceAtLocation(ImportEntities.Entry entry) {
		ObjectNode view = HsdsJson.object(entry.id());
		view.put("service_id", entry.parent().toString());
		view.put("location_id", entry.other().toString());
		return new ServicePlaceRow(entry.id(), entry.parent(), entry.other(), HsdsRemainder.of(entry.own(), view, Map.of()));
	}

	/** The codes of the Speelveld terms this entry's attributes name, recording the ids the attributes had. */
	private List<String> term(ObjectNode given, UUID owner, HsdsTaxonomy taxonomy, Map<String, String> aliases) {
		List<String> codes = new ArrayList<>();
		for (JsonNode attribute : given.path("attributes")) {
			Optional<HsdsTerm> term = this.terms.recognise(attribute, taxonomy);
			if (term.isPresent() && !codes.contains(term.get().code())) {
				codes.add(term.get().code());
				alias(aliases, HsdsIds.of(owner, "attribute:" + term.get().id()), attribute);
			}
		}
		return codes;
	}

	private static @Nullable String firstPhone(ObjectNode given, UUID owner, Map<String, String> aliases) {
		JsonNode phone = given.path("phones").path(0);
		String number = HsdsJson.text(phone, "number");
		if (number == null || number.strip().length() > 40 || !number.equals(number.strip())) {
			return null;
		}
		alias(aliases, HsdsIds.of(owner, "phone"), phone);
		return number;
	}

	private static @Nullable JsonNode firstAddress(JsonNode location) {
		JsonNode first = null;
		for (JsonNode address : location.path("addresses")) {
			if ("physical".equals(HsdsJson.text(address, "address_type"))) {
				return address;
			}
			first = first == null ? address : first;
		}
		return first;
	}

	private static void alias(Map<String, String> aliases, UUID derived, @Nullable JsonNode given) {
		String id = given == null ? null : HsdsJson.text(given, "id");
		if (id != null && !id.equalsIgnoreCase(derived.toString())) {
			aliases.put(derived.toString(), id);
		}
	}

	private static String name(ObjectNode given, String path, List<ImportProblem> problems) {
		String name = HsdsJson.text(given, "name");
		if (name == null || name.strip().length() < 2) {
			problems.add(ImportProblem.error(path + ".name", "hsds.import.name-short"));
			return "??";
		}
		return fit(name.strip(), 200, name);
	}

	/** The text if the column holds it; longer text is cut (the remainder keeps it whole). */
	private static String fit(@Nullable String text, int limit, String otherwise) {
		if (text == null) {
			return otherwise;
		}
		return text.length() <= limit ? text : text.substring(0, limit);
	}

	private static @Nullable Double number(ObjectNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isNumber() ? value.asDouble() : null;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private @Nullable String areaCode(@Nullable Double lat, @Nullable Double lon) {
		if (lat == null || lon == null) {
			return null;
		}
		try {
			return this.areas.lookup(lat, lon, null).finest().code().value();
		}
		catch (Problem outside) {
			return null;
		}
	}

	private static OrganisationRow withRemainder(OrganisationRow row, ObjectNode remainder) {
		return new OrganisationRow(row.id(), row.name(), row.type(), row.description(), row.website(), row.email(),
				row.phone(), row.street(), row.postcode(), row.city(), row.areas(), row.lastConfirmed(), row.updatedAt(),
				remainder);
	}

}
