package nl.speelveld.socialmap.playingfield;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.SocialMapFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verkenning of Vlieland, a gemeente outside the demo data, with posts made here: two wijkagenten of
 * one police organisation (one not confirmed in time), two buurtconciërges of a housing corporation and the
 * gemeente, an opbouwwerker without focus themes, an ended post and a post on another island.
 */
@SpeelveldTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorationTests {

	private static final String VLIELAND = "GM0096";

	private static final String WIJK = "WK009600";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SocialMapFixture fixture;

	@Autowired
	Roles roles;

	@BeforeAll
	void vlielandsPlayingField() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		UUID police = this.fixture.organisation("Politie Noord-Nederland " + unique, "politie", VLIELAND);
		UUID housing = this.fixture.organisation("Woningstichting Vlieland " + unique, "woningcorporatie", VLIELAND);
		UUID gemeente = this.fixture.organisation("Gemeente Vlieland " + unique, "gemeente", VLIELAND);
		UUID welfare = this.fixture.organisation("Welzijn Vlieland " + unique, "welzijnsorganisatie", VLIELAND);
		this.fixture.aPost("wijkagent", police).covering(WIJK).focus("veiligheid", "overlast").save();
		this.fixture.aPost("wijkagent", police)
			.covering(VLIELAND)
			.focus("veiligheid")
			.confirmedOn(LocalDate.now().minusYears(2))
			.save();
		this.fixture.aPost("buurtconcierge", housing).covering(WIJK).focus("overlast").save();
		this.fixture.aPost("buurtconcierge", gemeente).covering(WIJK).focus("openbare-ruimte").save();
		this.fixture.aPost("opbouwwerker", welfare).covering(WIJK).save();
		this.fixture.aPost("jongerenwerker", welfare).covering(WIJK).endedOn(LocalDate.now().minusDays(1)).save();
		this.fixture.aPost("wijkagent", police).covering("GM0088").focus("veiligheid").save();
	}

	@Test
	void theCsvIsUtf8WithABomAndSemicolonsForDutchExcel() {
		var response = this.mvc.get().uri("/verkenning.csv").param("gemeente", VLIELAND).exchange();

		assertThat(response).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(response).hasHeader("Content-Disposition", "attachment; filename=\"verkenning-GM0096.csv\"");
		byte[] body = response.getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n").startsWith("\uFEFFrol;naam;gewicht_g1;gewicht_g2;themas;posten;niet_bevestigd;"
				+ "gebieden;organisaties;werkgevers;thema_ontmoeting;");
	}

	@Test
	void theCsvCountsPostsAreasOrganisationsAndThemesPerRole() {
		Map<String, Map<String, String>> rows = csv(VLIELAND);

		assertThat(rows).hasSize(this.roles.all().size());
		Map<String, String> agents = rows.get("wijkagent");
		assertThat(agents).containsEntry("naam", "Wijkagent")
			.containsEntry("gewicht_g1", "1")
			.containsEntry("gewicht_g2", "0,1")
			.containsEntry("themas", "jeugd, veiligheid, overlast, burenconflicten")
			.containsEntry("posten", "2")
			.containsEntry("niet_bevestigd", "1")
			.containsEntry("gebieden", "2")
			.containsEntry("organisaties", "1")
			.containsEntry("werkgevers", "politie: 1")
			.containsEntry("thema_veiligheid", "2")
			.containsEntry("thema_overlast", "1")
			.containsEntry("thema_jeugd", "0");
		assertThat(rows.get("buurtconcierge")).containsEntry("posten", "2")
			.containsEntry("gebieden", "1")
			.containsEntry("organisaties", "2")
			.containsEntry("werkgevers", "gemeente: 1, woningcorporatie: 1")
			.containsEntry("thema_overlast", "1")
			.containsEntry("thema_openbare-ruimte", "1");
		assertThat(rows.get("opbouwwerker")).as("a post without focus counts for its role's themes")
			.containsEntry("posten", "1")
			.containsEntry("gewicht_g1", "0,8")
			.containsEntry("thema_zelforganisatie", "1")
			.containsEntry("thema_inclusie", "1")
			.containsEntry("thema_ontmoeting", "0");
		assertThat(rows.get("jongerenwerker")).as("ended posts do not count").containsEntry("posten", "0");
	}

	@Test
	void aNewPostCountsAtOnceThoughCountsAreKept() {
		assertThat(csv(VLIELAND).get("kwartiermaker")).containsEntry("posten", "0");
		assertThat(csv(VLIELAND).get("kwartiermaker")).as("kept").containsEntry("posten", "0");
		UUID welfare = this.fixture.organisation("Kwartiermakers Vlieland " + UUID.randomUUID(), "zorgaanbieder", VLIELAND);

		this.fixture.aPost("kwartiermaker", welfare).covering(WIJK).focus("inclusie").save();

		assertThat(csv(VLIELAND).get("kwartiermaker")).containsEntry("posten", "1")
			.containsEntry("werkgevers", "zorgaanbieder: 1");
	}

	@Test
	void theCsvForAllGemeentenCountsEverything() {
		Map<String, Map<String, String>> rows = csv(null);

		assertThat(Integer.parseInt(rows.get("wijkagent").get("posten"))).isGreaterThanOrEqualTo(3);
		assertThat(Integer.parseInt(rows.get("wijkagent").get("gebieden"))).isGreaterThanOrEqualTo(3);
		assertThat(this.mvc.get().uri("/verkenning.csv")).hasHeader("Content-Disposition",
				"attachment; filename=\"verkenning-alle-gemeenten.csv\"");
	}

	@Test
	void thePageComparesTheRolesAndShowsTheMatrix() {
		var page = this.mvc.get().uri("/verkenning").param("gemeente", VLIELAND).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1>Verkenning: welke rol werkt waaraan?</h1>", "<option value=\"GM0096\" selected>Vlieland</option>",
					"<caption id=\"rollen-tabel\">Rollen in Vlieland: doelen,",
					"<caption id=\"matrix-tabel\">Aantal posten per thema en per rol in Vlieland</caption>",
					"5 posten in Vlieland, van 3 van de", "waarvan 1 niet bevestigd", "woningcorporatie (1)",
					"href=\"/verkenning.csv?gemeente=GM0096\"", "<th scope=\"row\">Overlast</th>",
					"<th scope=\"rowgroup\"");
	}

	@Test
	void thePageForAllGemeentenNeedsNoChoice() {
		assertThat(this.mvc.get().uri("/verkenning")).hasStatusOk().bodyText()
			.contains("Rollen in alle gemeenten", "href=\"/verkenning.csv\"", "<option value=\"GM0344\">Utrecht</option>");
	}

	@Test
	void somethingOtherThanAGemeenteIsExplainedNextToTheField() {
		assertThat(this.mvc.get().uri("/verkenning").param("gemeente", WIJK)).hasStatusOk().bodyText()
			.contains("'WK009600' is geen gemeente. Kies een gemeente uit de lijst.", "aria-invalid=\"true\"")
			.doesNotContain("matrix-tabel");
		assertThat(this.mvc.get().uri("/verkenning").param("gemeente", "GM9999")).hasStatusOk().bodyText()
			.contains("Er is geen gebied met code GM9999.");
		assertThat(this.mvc.get().uri("/verkenning.csv").param("gemeente", "hallo")).hasStatus(400);
		assertThat(this.mvc.get().uri("/verkenning.csv").param("gemeente", "GM9999")).hasStatus(404);
	}

	/** The CSV's rows by role code, each as column name to value, read as a spreadsheet would. */
	private Map<String, Map<String, String>> csv(String gemeente) {
		var request = this.mvc.get().uri("/verkenning.csv");
		if (gemeente != null) {
			request = request.param("gemeente", gemeente);
		}
		String text = new String(request.exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
			.substring(1);
		List<List<String>> lines = parse(text);
		List<String> header = lines.get(0);
		Map<String, Map<String, String>> rows = new HashMap<>();
		for (List<String> line : lines.subList(1, lines.size())) {
			assertThat(line).hasSameSizeAs(header);
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), line.get(i));
			}
			rows.put(row.get("rol"), row);
		}
		return rows;
	}

	/** Semicolon-separated values with RFC 4180 quoting. */
	private static List<List<String>> parse(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				lines.add(fields);
				fields = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		return lines;
	}

}
