package nl.speelveld.socialmap.hsds.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.PostcodeNotFound;
import nl.speelveld.socialmap.hsds.HsdsBadRequest;
import nl.speelveld.socialmap.hsds.HsdsFilter;
import nl.speelveld.socialmap.hsds.HsdsNotFound;
import org.jspecify.annotations.Nullable;

/** The query parameters of the HSDS API, checked: a malformed one is a 400 that says which and why. */
final class HsdsParameters {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private HsdsParameters() {
	}

	static HsdsFilter filter(Areas areas, @Nullable String search, @Nullable String taxonomyTermId,
			@Nullable String taxonomyId, @Nullable String organizationId, @Nullable String modifiedAfter,
			@Nullable String area, @Nullable String postcode) {
		return new HsdsFilter(blankToNull(search), uuid("taxonomy_term_id", taxonomyTermId), uuid("taxonomy_id", taxonomyId),
				uuid("organization_id", organizationId), instant(modifiedAfter), area(area), covering(areas, postcode));
	}

	static void checkFormat(@Nullable String format, @Nullable String proximity) {
		if (format != null && !format.isBlank() && !format.equals("json")) {
			throw new HsdsBadRequest("problem.hsds.bad-format", format);
		}
		if (proximity != null && !proximity.isBlank()) {
			throw new HsdsBadRequest("problem.hsds.no-proximity");
		}
	}

	static @Nullable UUID uuid(String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException malformed) {
			throw new HsdsBadRequest("problem.hsds.bad-uuid", name, value);
		}
	}

	/** An id in a path: text that is no UUID is, to the caller, just an id we do not know. */
	static UUID id(String kind, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException malformed) {
			throw new HsdsNotFound(kind, value);
		}
	}

	/** An ISO 8601 date-time (2024-05-01T10:00:00Z) or date (2024-05-01, from midnight in the Netherlands). */
	static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(AMSTERDAM).toInstant()
					: OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException malformed) {
			throw new HsdsBadRequest("problem.hsds.bad-datetime", "modified_after", value);
		}
	}

	private static @Nullable String area(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return AreaCode.tryParse(value).map(AreaCode::value)
			.orElseThrow(() -> new HsdsBadRequest("problem.hsds.bad-area", value));
	}

	/** The areas a postcode lies in; a postcode nobody knows lies in none, so nothing covers it. */
	private static List<String> covering(Areas areas, @Nullable String postcode) {
		if (postcode == null || postcode.isBlank()) {
			return List.of();
		}
		if (!Areas.looksLikePostcode(postcode)) {
			throw new HsdsBadRequest("problem.hsds.bad-postcode", postcode);
		}
		try {
			AreaLookup found = areas.lookupPostcode(postcode, null);
			return java.util.stream.Stream.of(found.gemeente(), found.wijk(), found.buurt())
				.filter(java.util.Objects::nonNull)
				.map(area -> area.code().value())
				.toList();
		}
		catch (PostcodeNotFound unknown) {
			return List.of("-");
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
