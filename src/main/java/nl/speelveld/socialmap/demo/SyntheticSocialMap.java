package nl.speelveld.socialmap.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;
import nl.speelveld.shared.Apportion;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A national social map for benchmarks: organisations, posts and places over every gemeente and wijk of
 * 2024 in proportion to their inhabitants, with professionals and services. The same sizes, seed, areas and
 * day give the same rows. Every organisation and place name ends in {@code (synthetisch)}.
 */
@Component
class SyntheticSocialMap {

	static final int YEAR = 2024;

	record Size(int posts, int organisations, int places) {
	}

	private static final List<OrganisationType> TYPES = List.of(OrganisationType.values());

	private static final Map<OrganisationType, Double> URBAN_TYPES = Map.of(OrganisationType.WELZIJNSORGANISATIE, 10.0,
			OrganisationType.POLITIE, 2.0, OrganisationType.WONINGCORPORATIE, 4.0, OrganisationType.ZORGAANBIEDER, 12.0,
			OrganisationType.SPORTORGANISATIE, 10.0, OrganisationType.SOCIAAL_ONDERNEMER, 8.0,
			OrganisationType.BEWONERSORGANISATIE, 20.0, OrganisationType.VERENIGING, 30.0);

	private static final Map<OrganisationType, Double> RURAL_TYPES = Map.of(OrganisationType.WELZIJNSORGANISATIE, 8.0,
			OrganisationType.POLITIE, 1.0, OrganisationType.WONINGCORPORATIE, 3.0, OrganisationType.ZORGAANBIEDER, 10.0,
			OrganisationType.SPORTORGANISATIE, 12.0, OrganisationType.SOCIAAL_ONDERNEMER, 5.0,
			OrganisationType.BEWONERSORGANISATIE, 8.0, OrganisationType.VERENIGING, 30.0, OrganisationType.DORPSSTICHTING,
			20.0);

	private static final Map<OrganisationType, List<String>> NAMES = new EnumMap<>(Map.of(
			OrganisationType.WELZIJNSORGANISATIE, List.of("Welzijn %s", "Buurtwerk %s", "Stichting Samen %s"),
			OrganisationType.POLITIE, List.of("Politie basisteam %s"), OrganisationType.WONINGCORPORATIE,
			List.of("Woonstichting %s", "%s Wonen"), OrganisationType.ZORGAANBIEDER, List.of("Wijkzorg %s", "Thuiszorg %s"),
			OrganisationType.DORPSSTICHTING, List.of("Dorpsbelangen %s", "Stichting Dorpshuis %s"),
			OrganisationType.SPORTORGANISATIE, List.of("Sportief %s", "Sportvereniging %s"),
			OrganisationType.SOCIAAL_ONDERNEMER, List.of("Buurtkeuken %s", "Kringloop %s"),
			OrganisationType.BEWONERSORGANISATIE, List.of("Bewonersvereniging %s", "Wijkraad %s"),
			OrganisationType.VERENIGING, List.of("Speeltuinvereniging %s", "Volkstuinvereniging %s")));

	/** Larger organisations of these types often work in their whole gemeente. */
	private static final Set<OrganisationType> GEMEENTE_WIDE = Set.of(OrganisationType.WELZIJNSORGANISATIE,
			OrganisationType.POLITIE, OrganisationType.WONINGCORPORATIE, OrganisationType.ZORGAANBIEDER,
			OrganisationType.SPORTORGANISATIE);

	private final Areas areas;

	private final Roles roles;

	SyntheticSocialMap(Areas areas, Roles roles) {
		this.areas = areas;
		this.roles = roles;
	}

	/** Every gemeente of 2024 with its wijken; empty when the database holds no areas of that year. */
	List<NationalFacts.Gemeente> gemeenten() {
		return NationalFacts.read(this.areas, YEAR);
	}

	SocialMapData generate(List<NationalFacts.Gemeente> gemeenten, Size size, long seed, LocalDate today) {
		var country = new Country(gemeenten, new Draw("speelveld-synthetic/" + seed, seed, today));
		addOrganisations(country, size.organisations());
		new SyntheticPosts(country, this.roles).add(size.posts());
		new SyntheticPlaces(country).add(size.places());
		SyntheticServices.add(country);
		return country.rows.build();
	}

	private static void addOrganisations(Country country, int count) {
		var draw = country.draw;
		Set<String> names = new HashSet<>();
		int gemeenteOrganisations = Math.min(count, country.gemeenten.size());
		for (int g = 0; g < gemeenteOrganisations; g++) {
			var gemeente = country.gemeenten.get(g);
			country.addOrganisation(g, null, OrganisationType.GEMEENTE, "Gemeente " + gemeente.name(),
					List.of(gemeente.code()));
			names.add("Gemeente " + gemeente.name());
		}
		int[] perWijk = Apportion.byLargestRemainder(count - gemeenteOrganisations, country.inhabitants());
		Weighted<OrganisationType> urban = Weighted.of(URBAN_TYPES, TYPES);
		Weighted<OrganisationType> rural = Weighted.of(RURAL_TYPES, TYPES);
		for (int w = 0; w < perWijk.length; w++) {
			var wijk = country.wijken.get(w);
			var gemeente = country.gemeenten.get(country.gemeenteOf[w]);
			for (int i = 0; i < perWijk[w]; i++) {
				OrganisationType type = (gemeente.rural() ? rural : urban).pick(draw);
				String name = draw.pick(NAMES.get(type)).formatted(country.placeName(w));
				for (int n = 2; !names.add(name); n++) {
					name = draw.pick(NAMES.get(type)).formatted(country.placeName(w)) + " " + n;
				}
				boolean wide = GEMEENTE_WIDE.contains(type) && draw.chance(0.2);
				country.addOrganisation(country.gemeenteOf[w], w, type, name,
						List.of(wide ? gemeente.code() : wijk.code().value()));
			}
		}
	}

	/** The country while it is generated: areas flattened to wijken, organisations indexed by where they work. */
	static final class Country {

		private static final Pattern ONLY_NUMBERED = Pattern.compile("(?i)wijk\\s*\\d+.*");

		final List<NationalFacts.Gemeente> gemeenten;

		final List<WijkFacts> wijken = new ArrayList<>();

		final int[] gemeenteOf;

		final int[] firstWijkOf;

		final Draw draw;

		final NamePool names;

		final SocialMapData.Builder rows = SocialMapData.builder();

		/** Organisation indexes (into {@code rows.organisations}) per gemeente and type, and per wijk and type. */
		final List<Map<OrganisationType, List<Integer>>> byGemeente = new ArrayList<>();

		final Map<Integer, Map<OrganisationType, List<Integer>>> byWijk = new HashMap<>();

		final List<OrganisationType> types = new ArrayList<>();

		/** Made-up domain names of the organisations, by index. */
		final List<String> slugs = new ArrayList<>();

		private final String[] placeNames;

		Country(List<NationalFacts.Gemeente> gemeenten, Draw draw) {
			this.gemeenten = gemeenten;
			this.draw = draw;
			this.names = new NamePool(draw);
			this.firstWijkOf = new int[gemeenten.size()];
			List<Integer> owners = new ArrayList<>();
			for (int g = 0; g < gemeenten.size(); g++) {
				this.firstWijkOf[g] = this.wijken.size();
				for (WijkFacts wijk : gemeenten.get(g).wijken()) {
					this.wijken.add(wijk);
					owners.add(g);
				}
				this.byGemeente.add(new EnumMap<>(OrganisationType.class));
			}
			this.gemeenteOf = owners.stream().mapToInt(Integer::intValue).toArray();
			this.placeNames = new String[this.wijken.size()];
			for (int w = 0; w < this.placeNames.length; w++) {
				String name = this.wijken.get(w).shortName();
				this.placeNames[w] = ONLY_NUMBERED.matcher(name).matches() ? gemeenten.get(this.gemeenteOf[w]).name() : name;
			}
		}

		long[] inhabitants() {
			return this.wijken.stream().mapToLong(WijkFacts::inhabitants).toArray();
		}

		/** A name for things in a wijk: its own name, or the gemeente's where CBS only numbers it. */
		String placeName(int wijk) {
			return this.placeNames[wijk];
		}

		void addOrganisation(int gemeente, @Nullable Integer wijk, OrganisationType type, String name, List<String> areas) {
			String fullName = name + SocialMapWriter.SYNTHETIC_MARK;
			String slug = Draw.slug(fullName);
			int index = this.rows.organisations.size();
			this.rows.organisations.add(new SocialMapData.Organisation(this.draw.id("organisation", String.valueOf(index)),
					fullName, type.key(), "", "https://example.org/" + slug, "info@" + slug + ".example.org",
					"0900-0000" + this.draw.between(100, 999),
					this.draw.pick(Vocabulary.STREETS) + " " + this.draw.between(1, 180), null,
					this.gemeenten.get(gemeente).name(), this.draw.lastConfirmed(), areas));
			this.types.add(type);
			this.slugs.add(slug);
			this.byGemeente.get(gemeente).computeIfAbsent(type, t -> new ArrayList<>()).add(index);
			if (wijk != null && !areas.get(0).startsWith("GM")) {
				this.byWijk.computeIfAbsent(wijk, w -> new EnumMap<>(OrganisationType.class))
					.computeIfAbsent(type, t -> new ArrayList<>())
					.add(index);
			}
		}

		/** An organisation of one of these types working in the wijk, else elsewhere in its gemeente; -1 if none. */
		int employer(int wijk, List<OrganisationType> types) {
			var local = this.byWijk.getOrDefault(wijk, Map.of());
			List<Integer> candidates = new ArrayList<>();
			types.forEach(type -> candidates.addAll(local.getOrDefault(type, List.of())));
			if (candidates.isEmpty() || this.draw.chance(0.3)) {
				var all = this.byGemeente.get(this.gemeenteOf[wijk]);
				types.forEach(type -> candidates.addAll(all.getOrDefault(type, List.of())));
			}
			return candidates.isEmpty() ? -1 : this.draw.pick(candidates);
		}

	}

}
