package nl.speelveld.socialmap.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaNames;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.PlaceMatch;
import nl.speelveld.shared.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The area a visitor typed on the search page: a CBS code, a postcode (its buurt or wijk) or the name of a
 * gemeente, wijk, buurt or town. Residents rarely know CBS codes, so the page takes what they do know; the
 * API takes codes only.
 */
record AreaChoice(@Nullable AreaSummary area, @Nullable String problem) {

	private static final int CANDIDATES = 25;

	static AreaChoice none() {
		return new AreaChoice(null, null);
	}

	static AreaChoice of(Areas areas, String typed) {
		String text = typed.strip();
		if (text.isEmpty()) {
			return none();
		}
		Optional<AreaSummary> byCode = AreaCode.tryParse(text).flatMap(areas::summary);
		if (byCode.isPresent()) {
			return new AreaChoice(byCode.get(), null);
		}
		if (Areas.looksLikePostcode(text)) {
			try {
				return new AreaChoice(areas.lookupPostcode(text, null).finest(), null);
			}
			catch (Problem unknown) {
				return refused("socialmap-search.error.area-postcode");
			}
		}
		return byName(areas.findPlaces(text, CANDIDATES), AreaNames.searchKey(text));
	}

	/** A name that fits one area; when a gemeente and its namesakes fit (Utrecht), the gemeente. */
	private static AreaChoice byName(List<PlaceMatch> matches, String key) {
		List<AreaSummary> exact = matches.stream()
			.filter(match -> key.equals(AreaNames.searchKey(match.via() != null ? match.via() : match.area().name())))
			.map(PlaceMatch::area)
			.collect(Collectors.toMap(area -> area.code(), area -> area, (first, other) -> first, LinkedHashMap::new))
			.values()
			.stream()
			.toList();
		if (exact.size() == 1) {
			return new AreaChoice(exact.get(0), null);
		}
		List<AreaSummary> gemeenten = exact.stream().filter(area -> area.level() == AreaLevel.GEMEENTE).toList();
		if (gemeenten.size() == 1) {
			return new AreaChoice(gemeenten.get(0), null);
		}
		return refused(exact.isEmpty() ? "socialmap-search.error.area-unknown" : "socialmap-search.error.area-ambiguous");
	}

	private static AreaChoice refused(String problem) {
		return new AreaChoice(null, problem);
	}

}
