package nl.speelveld.socialmap.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours as people write them (ma-vr 9:00-17:00; za 10-12) turned into weekly HSDS schedules. Text
 * that does not fit that pattern stays text: it is published as the description of one schedule.
 */
final class OpeningHours {

	private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private static final Map<String, Integer> DAY_NAMES = Map.ofEntries(Map.entry("ma", 0), Map.entry("maandag", 0),
			Map.entry("mo", 0), Map.entry("mon", 0), Map.entry("monday", 0), Map.entry("di", 1), Map.entry("dinsdag", 1),
			Map.entry("tu", 1), Map.entry("tue", 1), Map.entry("tuesday", 1), Map.entry("wo", 2), Map.entry("woensdag", 2),
			Map.entry("we", 2), Map.entry("wed", 2), Map.entry("wednesday", 2), Map.entry("do", 3),
			Map.entry("donderdag", 3), Map.entry("th", 3), Map.entry("thu", 3), Map.entry("thursday", 3),
			Map.entry("vr", 4), Map.entry("vrijdag", 4), Map.entry("fr", 4), Map.entry("fri", 4),
			Map.entry("friday", 4), Map.entry("za", 5), Map.entry("zaterdag", 5), Map.entry("sa", 5),
			Map.entry("sat", 5), Map.entry("saturday", 5), Map.entry("zo", 6), Map.entry("zondag", 6),
			Map.entry("su", 6), Map.entry("sun", 6), Map.entry("sunday", 6));

	private static final Pattern PERIOD = Pattern.compile(
			"(?<days>[\\p{L} ,/&-]+?)\\s*:?\\s*(?<opens>\\d{1,2}(?:[:.]\\d{2})?)\\s*(?:-|–|tot)\\s*(?<closes>\\d{1,2}(?:[:.]\\d{2})?)\\s*(?:uur|u)?\\.?");

	private static final Pattern RANGE = Pattern.compile("(\\p{L}+)\\s*(?:-|–|t/m|tot en met)\\s*(\\p{L}+)");

	/** One weekly opening: days as an iCal BYDAY list, times as HH:mm. */
	record Opening(String byDay, String opensAt, String closesAt, String text) {
	}

	private OpeningHours() {
	}

	/** The weekly openings, or empty when the text is not (entirely) in that form. */
	static Optional<List<Opening>> parse(String text) {
		List<Opening> openings = new ArrayList<>();
		for (String part : text.split("[;\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = PERIOD.matcher(part.strip());
			if (!matcher.matches()) {
				return Optional.empty();
			}
			Optional<String> days = days(matcher.group("days"));
			Optional<String> opens = time(matcher.group("opens"));
			Optional<String> closes = time(matcher.group("closes"));
			if (days.isEmpty() || opens.isEmpty() || closes.isEmpty()) {
				return Optional.empty();
			}
			openings.add(new Opening(days.get(), opens.get(), closes.get(), part.strip()));
		}
		return openings.isEmpty() ? Optional.empty() : Optional.of(openings);
	}

	private static Optional<String> days(String text) {
		List<String> days = new ArrayList<>();
		for (String part : text.toLowerCase(Locale.ROOT).split("\\s*(?:,|&|\\ben\\b|\\band\\b)\\s*")) {
			String piece = part.strip();
			if (piece.isEmpty()) {
				continue;
			}
			Matcher range = RANGE.matcher(piece);
			if (range.matches()) {
				Integer from = DAY_NAMES.get(range.group(1));
				Integer to = DAY_NAMES.get(range.group(2));
				if (from == null || to == null || to < from) {
					return Optional.empty();
				}
				for (int day = from; day <= to; day++) {
					days.add(DAYS.get(day));
				}
			}
			else if (DAY_NAMES.containsKey(piece)) {
				days.add(DAYS.get(DAY_NAMES.get(piece)));
			}
			else {
				return Optional.empty();
			}
		}
		return days.isEmpty() ? Optional.empty() : Optional.of(String.join(",", days));
	}

	private static Optional<String> time(String text) {
		String[] parts = text.split("[:.]");
		int hours = Integer.parseInt(parts[0]);
		int minutes = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
		if (hours > 24 || minutes > 59 || (hours == 24 && minutes > 0)) {
			return Optional.empty();
		}
		return Optional.of("%02d:%02d".formatted(hours, minutes));
	}

}
