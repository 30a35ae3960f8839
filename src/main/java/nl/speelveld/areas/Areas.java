package nl.speelveld.areas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import org.springframework.stereotype.Service;

/**
 * The areas module's entry point: areas by code and year, lists, boundaries, and where a point, postcode
 * or place name lies. Without a year, the newest year that has the area (or level) is meant.
 */
@Service
public class Areas {

	private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3})\\s?([A-Za-z]{2})?");

	private final AreaCatalog catalog;

	private final AreaIndexHolder index;

	Areas(AreaCatalog catalog, AreaIndexHolder index) {
		this.catalog = catalog;
		this.index = index;
	}

	public Area area(AreaCode code, @Nullable Integer year) {
		int chosen = year != null ? year : newestYearOf(code);
		Area found = this.catalog.find(code, chosen)
			.orElseThrow(() -> year == null ? new AreaNotFound(code) : new AreaNotFound(code, year));
		List<Integer> others = this.catalog.years(code).stream().filter(y -> y != chosen).toList();
		return new Area(found.summary(), ancestors(found.summary()), this.catalog.children(code, chosen),
				found.figures(), found.label(), found.bounds(), others);
	}

	/** The area with this code in the newest year that has it, without its parts or figures. */
	public Optional<AreaSummary> summary(AreaCode code) {
		return this.index.index().newest(code);
	}

	public AreaPage list(AreaLevel level, @Nullable Integer year, @Nullable String nameFilter, int page, int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new InvalidLookup("problem.area.bad-page");
		}
		Integer chosen = year != null ? year : this.catalog.newestYear(level).orElse(null);
		if (chosen == null) {
			return new AreaPage(List.of(), 0, page, size);
		}
		return this.catalog.list(level, chosen, nameFilter, page, size);
	}

	public AreaShape shape(AreaCode code, @Nullable Integer year) {
		Area area = area(code, year);
		Geometry boundary = this.catalog.boundary(code, area.year())
			.orElseThrow(() -> new AreaNotFound(code, area.year()));
		return new AreaShape(area.summary(), boundary);
	}

	public List<AreaShape> childShapes(AreaCode code, @Nullable Integer year) {
		Area area = area(code, year);
		return this.catalog.childShapes(code, area.year());
	}

	/** The gemeente, wijk and buurt at a WGS84 point. */
	public AreaLookup lookup(double lat, double lon, @Nullable Integer year) {
		if (!Double.isFinite(lat) || !Double.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
			throw new InvalidLookup("problem.area.bad-coordinates", String.valueOf(lat), String.valueOf(lon));
		}
		int chosen = year != null ? year : newestYear();
		return this.index.index().lookup(lat, lon, chosen).orElseThrow(() -> new PointOutsideAreas(lat, lon, chosen));
	}

	/**
	 * The areas of a Dutch postcode, PC4 ({@code 3511}) or PC6 ({@code 3511 AB}). A PC6 is answered by its PC4
	 * for now: Speelveld ships no PC6 table. The postcode's centre decides, so a PC4 that spans two wijken
	 * gives the one that holds most of it.
	 */
	public AreaLookup lookupPostcode(String postcode, @Nullable Integer year) {
		var matcher = POSTCODE.matcher(postcode.trim());
		if (!matcher.matches()) {
			throw new InvalidLookup("problem.postcode.invalid", postcode);
		}
		String pc4 = matcher.group(1);
		var known = this.catalog.postcode(pc4).orElseThrow(() -> new PostcodeNotFound(pc4));
		int chosen = year != null ? year : newestYear();
		AreaIndex current = this.index.index();
		var byPoint = current.lookup(known.lat(), known.lon(), chosen);
		if (byPoint.isPresent()) {
			return byPoint.get();
		}
		// A few centres lie just outside the simplified boundaries (on a dike, in a harbour); the mapping that
		// came with the postcode file then still knows the area.
		String mapped = known.wijk() != null ? known.wijk() : known.gemeente();
		if (known.year() == chosen && mapped != null) {
			var area = current.area(new AreaCode(mapped), chosen);
			if (area.isPresent()) {
				return current.chain(area.get()).orElseThrow();
			}
		}
		throw new PostcodeNotFound(pc4);
	}

	/** The centre of a postcode's PC4: where a place known only by its postcode is shown on a map. */
	public Area.Position centreOfPostcode(String postcode) {
		var matcher = POSTCODE.matcher(postcode.trim());
		if (!matcher.matches()) {
			throw new InvalidLookup("problem.postcode.invalid", postcode);
		}
		var known = this.catalog.postcode(matcher.group(1)).orElseThrow(() -> new PostcodeNotFound(matcher.group(1)));
		return new Area.Position(known.lat(), known.lon());
	}

	/** Every area of this level and year whose boundary covers the point; for checks against PostGIS. */
	public List<AreaSummary> covering(double lat, double lon, int year, AreaLevel level) {
		return this.index.index().covering(lat, lon, year, level);
	}

	/** Areas and towns whose name matches what someone typed, best first. */
	public List<PlaceMatch> findPlaces(String text, int limit) {
		List<PlaceMatch> matches = new ArrayList<>(this.catalog.searchAreas(text, limit));
		Set<String> shown = new LinkedHashSet<>();
		matches.forEach(match -> shown.add(AreaNames.searchKey(match.area().name())));
		for (PlaceMatch town : this.catalog.searchTowns(text, limit)) {
			// A town named like its gemeente (Utrecht in Utrecht) adds nothing to the gemeente itself.
			if (matches.size() < limit && town.via() != null && shown.add(AreaNames.searchKey(town.via()))) {
				matches.add(town);
			}
		}
		return matches;
	}

	public static boolean looksLikePostcode(String text) {
		return POSTCODE.matcher(text.trim()).matches();
	}

	private int newestYear() {
		return this.catalog.newestYear(null).orElseThrow(() -> new InvalidLookup("problem.area.no-data"));
	}

	private int newestYearOf(AreaCode code) {
		return this.catalog.years(code).stream().findFirst().orElseThrow(() -> new AreaNotFound(code));
	}

	private List<AreaSummary> ancestors(AreaSummary area) {
		List<AreaSummary> chain = new ArrayList<>();
		AreaCode parent = area.parent();
		while (parent != null) {
			var found = this.index.index().area(parent, area.year());
			if (found.isEmpty()) {
				found = this.catalog.summary(parent, area.year());
			}
			if (found.isEmpty()) {
				break;
			}
			chain.add(0, found.get());
			parent = found.get().parent();
		}
		return chain;
	}

}
