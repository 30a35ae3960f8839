package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One gemeente while its demo playing field is made: its wijken of 2024, their postcodes and CBS buurten, the
 * organisations made so far, and the shared row collector.
 */
final class GemeenteContext {

	private static final int YEAR = 2024;

	private static final int BUURT_YEAR = 2014;

	private static final String POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTVWXZ";

	/** An organisation with the wijken it works in; empty for the whole gemeente. */
	record Employer(SocialMapData.Organisation row, OrganisationType type, List<String> wijken) {

		boolean worksIn(String suffix) {
			return this.wijken.isEmpty() || this.wijken.contains(suffix);
		}

	}

	record Buurt(AreaCode code, String name) {
	}

	record Address(String street, String postcode, String city) {
	}

	final DemoGemeente plan;

	final String name;

	final List<WijkFacts> wijken;

	final Draw draw;

	final NamePool names;

	final Roles roles;

	final Areas areas;

	final SocialMapData.Builder rows;

	final Map<String, Employer> employers = new LinkedHashMap<>();

	private final Map<String, WijkFacts> bySuffix = new HashMap<>();

	private final Map<String, List<String>> postcodes = new HashMap<>();

	private @Nullable Map<String, List<Buurt>> buurten;

	GemeenteContext(DemoGemeente plan, Areas areas, Roles roles, Draw draw, NamePool names,
			SocialMapData.Builder rows) {
		this.plan = plan;
		this.areas = areas;
		this.roles = roles;
		this.draw = draw;
		this.names = names;
		this.rows = rows;
		Area gemeente = areas.area(plan.code(), YEAR);
		this.name = gemeente.name();
		this.wijken = gemeente.children()
			.stream()
			.filter(child -> child.level() == AreaLevel.WIJK)
			.sorted(Comparator.comparing(AreaSummary::code))
			.map(child -> WijkFacts.of(areas.area(child.code(), YEAR)))
			.toList();
		this.wijken.forEach(wijk -> this.bySuffix.put(wijk.suffix(), wijk));
		scanPostcodes();
	}

	WijkFacts wijk(String suffix) {
		WijkFacts wijk = this.bySuffix.get(suffix);
		if (wijk == null) {
			throw new IllegalStateException("The demo plan names wijk " + suffix + ", which " + this.name + " lacks");
		}
		return wijk;
	}

	List<WijkFacts> inhabited() {
		return this.wijken.stream().filter(wijk -> wijk.inhabitants() > 0).toList();
	}

	String city(WijkFacts wijk) {
		String city = this.plan.cities().get(wijk.suffix());
		if (city != null) {
			return city;
		}
		return this.plan.rural() ? wijk.shortName() : this.name;
	}

	/** A made-up street address with a real PC4 of the wijk, or of the nearest wijk in code order that has one. */
	Address address(WijkFacts wijk) {
		String street = this.draw.pick(Vocabulary.STREETS) + " " + this.draw.between(1, 180);
		List<String> codes = List.of();
		int at = this.wijken.indexOf(wijk);
		for (int distance = 0; codes.isEmpty() && distance < this.wijken.size(); distance++) {
			codes = postcodesOf(at - distance);
			if (codes.isEmpty()) {
				codes = postcodesOf(at + distance);
			}
		}
		String postcode = null;
		if (!codes.isEmpty()) {
			postcode = this.draw.pick(codes) + " " + POSTCODE_LETTERS.charAt(this.draw.between(0, 19))
					+ POSTCODE_LETTERS.charAt(this.draw.between(0, 19));
		}
		return new Address(street, postcode == null ? "" : postcode, city(wijk));
	}

	private List<String> postcodesOf(int index) {
		if (index < 0 || index >= this.wijken.size()) {
			return List.of();
		}
		return this.postcodes.getOrDefault(this.wijken.get(index).suffix(), List.of());
	}

	Employer employer(String reference, String suffix) {
		if (!reference.startsWith("type:")) {
			Employer named = this.employers.get(reference);
			if (named == null) {
				throw new IllegalStateException("The demo plan of " + this.name + " lacks organisation " + reference);
			}
			return named;
		}
		OrganisationType type = OrganisationType.fromKey(reference.substring(5)).orElseThrow();
		return localEmployer(type, suffix).or(() -> anyEmployer(type, suffix))
			.orElseThrow(() -> new IllegalStateException(
					"The demo plan of " + this.name + " has no " + type.key() + " in wijk " + suffix));
	}

	/** An organisation of this type that works in the wijk specifically, not gemeente-wide. */
	Optional<Employer> localEmployer(OrganisationType type, String suffix) {
		return this.employers.values()
			.stream()
			.filter(e -> e.type() == type && !e.wijken().isEmpty() && e.wijken().contains(suffix))
			.findFirst();
	}

	Optional<Employer> anyEmployer(OrganisationType type, String suffix) {
		return this.employers.values().stream().filter(e -> e.type() == type && e.worksIn(suffix)).findFirst();
	}

	/** The CBS buurten (of 2014, the newest year that has them) whose label point lies in the wijk. */
	List<Buurt> buurtenIn(String suffix) {
		Map<String, List<Buurt>> read = this.buurten;
		if (read == null) {
			read = readBuurten();
			this.buurten = read;
		}
		return read.getOrDefault(suffix, List.of());
	}

	private Map<String, List<Buurt>> readBuurten() {
		Map<String, List<Buurt>> found = new TreeMap<>();
		for (AreaSummary oldWijk : this.areas.area(this.plan.code(), BUURT_YEAR).children()) {
			for (AreaSummary buurt : this.areas.area(oldWijk.code(), BUURT_YEAR).children()) {
				var label = this.areas.area(buurt.code(), BUURT_YEAR).label();
				if (label == null) {
					continue;
				}
				try {
					var now = this.areas.lookup(label.lat(), label.lon(), YEAR).wijk();
					if (now != null) {
						found.computeIfAbsent(now.code().value().substring(6), key -> new ArrayList<>())
							.add(new Buurt(buurt.code(), buurt.name()));
					}
				}
				catch (Problem outside) {
					// A label point outside the 2024 boundaries: the buurt is left out.
				}
			}
		}
		found.values().forEach(list -> list.sort(Comparator.comparing(Buurt::code)));
		return found;
	}

	private void scanPostcodes() {
		for (int[] range : this.plan.postcodeRanges()) {
			for (int pc4 = range[0]; pc4 <= range[1]; pc4++) {
				try {
					var found = this.areas.lookupPostcode(String.valueOf(pc4), YEAR);
					if (found.gemeente().code().equals(this.plan.code()) && found.wijk() != null) {
						this.postcodes.computeIfAbsent(found.wijk().code().value().substring(6), key -> new ArrayList<>())
							.add(String.valueOf(pc4));
					}
				}
				catch (Problem unknown) {
					// Not every number in the range is a postcode.
				}
			}
		}
	}

}
