package nl.speelveld.socialmap.assets.web;

import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.assets.Activity;
import nl.speelveld.socialmap.assets.ActivityEditing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of an activity. */
@Controller
class ActivityController {

	private final ActivityEditing activities;

	private final Areas areas;

	ActivityController(ActivityEditing activities, Areas areas) {
		this.activities = activities;
		this.areas = areas;
	}

	@GetMapping("/activiteiten/{id}")
	String activity(@PathVariable String id, Model model) {
		Activity activity = this.activities.activity(Codes.id(id, "activity"));
		model.addAttribute("activity", activity);
		model.addAttribute("areaName", this.areas.summary(activity.area()).map(AreaSummary::name).orElse(activity.area().value()));
		model.addAttribute("mayEdit", this.activities.mayEdit(activity));
		return "socialmap/assets/activity";
	}

}
