package nl.speelveld.socialmap.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a post import, by their Dutch names as the README lists them, with the other names people
 * give them (English, or with spaces, hyphens and accents: {@code Thema's}, {@code e-mail}).
 */
final class ImportColumns {

	static final List<String> ALL = List.of("rol", "titel", "organisatie", "organisatietype", "naam", "gebieden",
			"themas", "bereikbaarheid", "talen", "email", "telefoon", "website", "begin", "einde", "eigenaar");

	static final List<String> REQUIRED = List.of("rol", "titel", "organisatie", "gebieden");

	private static final Map<String, String> OTHER_NAMES = Map.ofEntries(Map.entry("role", "rol"),
			Map.entry("functie", "titel"), Map.entry("functietitel", "titel"), Map.entry("title", "titel"),
			Map.entry("organisation", "organisatie"), Map.entry("organization", "organisatie"),
			Map.entry("werkgever", "organisatie"), Map.entry("soortorganisatie", "organisatietype"),
			Map.entry("organisationtype", "organisatietype"), Map.entry("name", "naam"),
			Map.entry("gebied", "gebieden"), Map.entry("werkgebied", "gebieden"), Map.entry("areas", "gebieden"),
			Map.entry("thema", "themas"), Map.entry("themes", "themas"), Map.entry("focus", "themas"),
			Map.entry("bereikbaar", "bereikbaarheid"), Map.entry("availability", "bereikbaarheid"),
			Map.entry("taal", "talen"), Map.entry("languages", "talen"), Map.entry("emailadres", "email"),
			Map.entry("mail", "email"), Map.entry("telefoonnummer", "telefoon"), Map.entry("phone", "telefoon"),
			Map.entry("webadres", "website"), Map.entry("url", "website"), Map.entry("startdatum", "begin"),
			Map.entry("begindatum", "begin"), Map.entry("start", "begin"), Map.entry("einddatum", "einde"),
			Map.entry("end", "einde"), Map.entry("owner", "eigenaar"));

	private ImportColumns() {
	}

	/** Column name to position, from the header line; what is wrong with the header goes into {@code problems}. */
	static Map<String, Integer> read(CsvTable.Row header, List<ImportProblem> problems) {
		Map<String, Integer> positions = new LinkedHashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String typed = header.fields().get(i).strip();
			if (typed.isEmpty()) {
				continue;
			}
			String column = canonical(typed);
			if (column == null) {
				problems.add(new ImportProblem(header.line(), null, "import.header.unknown",
						List.of(ContactFields.shorten(typed), String.join(", ", ALL))));
			}
			else if (positions.putIfAbsent(column, i) != null) {
				problems.add(new ImportProblem(header.line(), null, "import.header.twice", List.of(column)));
			}
		}
		List<String> missing = new ArrayList<>(REQUIRED);
		missing.removeAll(positions.keySet());
		if (!missing.isEmpty()) {
			problems.add(0, new ImportProblem(0, null, "import.header.missing",
					List.of(String.join(", ", missing), String.join(", ", REQUIRED))));
		}
		return positions;
	}

	/** The column a header names, or null for a name we do not know. */
	static @org.jspecify.annotations.Nullable String canonical(String typed) {
		String plain = Normalizer.normalize(typed, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]", "");
		if (ALL.contains(plain)) {
			return plain;
		}
		return OTHER_NAMES.get(plain);
	}

}
