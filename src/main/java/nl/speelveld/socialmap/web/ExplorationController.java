package nl.speelveld.socialmap.web;

import java.util.Locale;

import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.playingfield.Explorations;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * De verkenning van het speelveld: all role types compared by goal, theme, posts, areas and employers, for
 * a gemeente or for everything, as a page and as CSV for Excel.
 */
@Controller
class ExplorationController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Explorations explorations;

	private final Areas areas;

	ExplorationController(Explorations explorations, Areas areas) {
		this.explorations = explorations;
		this.areas = areas;
	}

	@GetMapping("/verkenning")
	String exploration(@RequestParam(required = false) @Nullable String gemeente, Model model) {
		model.addAttribute("gemeenten", this.areas.list(AreaLevel.GEMEENTE, null, null, 0, 500).items());
		model.addAttribute("chosen", gemeente == null ? "" : gemeente.strip());
		try {
			AreaSummary scope = this.explorations.gemeente(gemeente);
			model.addAttribute("exploration", this.explorations.of(scope));
		}
		catch (Problem refused) {
			model.addAttribute("problem", refused);
		}
		return "socialmap/exploration";
	}

	@GetMapping("/verkenning.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String gemeente, Locale locale) {
		AreaSummary scope = this.explorations.gemeente(gemeente);
		String name = "verkenning-" + (scope == null ? "alle-gemeenten" : scope.code().value()) + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(ExplorationCsv.of(this.explorations.of(scope), locale));
	}

}
