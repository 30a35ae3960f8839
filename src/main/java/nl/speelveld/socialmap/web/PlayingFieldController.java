package nl.speelveld.socialmap.web;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.playingfield.PlayingField;
import nl.speelveld.socialmap.playingfield.PlayingFields;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Het speelveld van een gebied: who works on which theme, where roles overlap and where nobody is. */
@Controller
class PlayingFieldController {

	private final PlayingFields playingFields;

	private final Areas areas;

	private final PlayingFieldViews views;

	PlayingFieldController(PlayingFields playingFields, Areas areas, PlayingFieldViews views) {
		this.playingFields = playingFields;
		this.areas = areas;
		this.views = views;
	}

	@GetMapping("/gebied/{code}/speelveld")
	String playingField(@PathVariable String code, Model model) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
		PlayingField field = this.playingFields.of(area);
		model.addAttribute("area", area);
		model.addAttribute("field", field);
		model.addAttribute("tables", this.views.tables(field));
		model.addAttribute("overlaps", this.views.overlaps(field));
		model.addAttribute("gaps", this.views.gaps(field));
		return "socialmap/playing-field";
	}

}
