package nl.speelveld.socialmap.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.speelveld.roles.FocusTheme;
import nl.speelveld.shared.SpreadsheetCsv;
import nl.speelveld.socialmap.playingfield.Exploration;
import nl.speelveld.socialmap.playingfield.RoleProfile;

/**
 * The exploration as CSV the way Dutch Excel opens it without asking ({@link SpreadsheetCsv}), commas in
 * decimals. One row per role type, under a header row:
 * <ul>
 * <li>{@code rol}: the role code; {@code naam}: its name;</li>
 * <li>{@code gewicht_g1}, {@code gewicht_g2}: how much the role serves each goal, 0 to 1;</li>
 * <li>{@code themas}: the role's focus themes in the typology, as codes;</li>
 * <li>{@code posten}: current posts; {@code niet_bevestigd}: of those, not confirmed in time;</li>
 * <li>{@code gebieden}: distinct areas (gemeenten, wijken, buurten, kernen) the posts cover, within the
 * chosen gemeente;</li>
 * <li>{@code organisaties}: distinct employing organisations; {@code werkgevers}: those organisations by
 * type, such as {@code gemeente: 2, welzijnsorganisatie: 1};</li>
 * <li>then one column per focus theme, named {@code thema_} and the theme code: posts of the role working
 * on that theme (a post without focus themes counts for its role's themes).</li>
 * </ul>
 */
final class ExplorationCsv {

	private ExplorationCsv() {
	}

	static byte[] of(Exploration exploration, Locale locale) {
		var csv = new SpreadsheetCsv();
		List<String> header = new ArrayList<>(List.of("rol", "naam", "gewicht_g1", "gewicht_g2", "themas", "posten",
				"niet_bevestigd", "gebieden", "organisaties", "werkgevers"));
		exploration.themes().forEach(theme -> header.add("thema_" + theme.code()));
		csv.line(header);
		for (RoleProfile profile : exploration.roles()) {
			List<String> fields = new ArrayList<>(List.of(profile.role().code(), profile.role().name(locale),
					decimal(profile.role().weightG1()), decimal(profile.role().weightG2()),
					String.join(", ", profile.role().focus()), String.valueOf(profile.posts()),
					String.valueOf(profile.stalePosts()), String.valueOf(profile.areas()),
					String.valueOf(profile.organisations()),
					profile.employers()
						.entrySet()
						.stream()
						.map(entry -> entry.getKey() + ": " + entry.getValue())
						.collect(Collectors.joining(", "))));
			for (FocusTheme theme : exploration.themes()) {
				fields.add(String.valueOf(profile.postsOn(theme.code())));
			}
			csv.line(fields);
		}
		return csv.bytes();
	}

	/** Dutch Excel reads 0,8 as a number and 0.8 as text. */
	static String decimal(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
