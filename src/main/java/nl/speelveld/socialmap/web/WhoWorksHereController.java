package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaLookup;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.areas.PostcodeNotFound;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Wie werkt er in mijn buurt? From a postcode to the posts that reach the neighbourhood. */
@Controller
class WhoWorksHereController {

	private final SocialMap socialMap;

	private final Areas areas;

	private final PostCards cards;

	WhoWorksHereController(SocialMap socialMap, Areas areas, PostCards cards) {
		this.socialMap = socialMap;
		this.areas = areas;
		this.cards = cards;
	}

	/** The home page's question: a postcode leads to the finest area known for it. */
	@GetMapping("/wie-werkt-hier")
	String fromPostcode(@RequestParam(required = false) @Nullable String postcode, Model model) {
		String text = postcode == null ? "" : postcode.trim();
		model.addAttribute("postcode", text);
		if (text.isEmpty()) {
			model.addAttribute("problem", "who.postcode.empty");
			return "socialmap/postcode";
		}
		if (!Areas.looksLikePostcode(text)) {
			model.addAttribute("problem", "who.postcode.malformed");
			return "socialmap/postcode";
		}
		try {
			AreaLookup found = this.areas.lookupPostcode(text, null);
			return "redirect:/gebied/" + found.finest().code().value() + "/wie-werkt-hier";
		}
		catch (PostcodeNotFound unknown) {
			model.addAttribute("problem", "who.postcode.unknown");
			return "socialmap/postcode";
		}
	}

	@GetMapping("/gebied/{code}/wie-werkt-hier")
	String area(@PathVariable String code, Model model) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
		List<CoveringPost> posts = this.socialMap.postsReaching(area.code());
		// A whole gemeente has hundreds of posts: show those for all of it, and the wijken for the rest.
		boolean gemeente = area.level() == AreaLevel.GEMEENTE;
		List<CoveringPost> shown = gemeente ? posts.stream().filter(post -> post.coverage() != Coverage.CHILD).toList() : posts;
		model.addAttribute("area", area);
		model.addAttribute("groups", this.cards.byGoalAndRole(shown));
		model.addAttribute("total", posts.size());
		model.addAttribute("parts", gemeente ? PartCount.of(area, posts) : List.of());
		return "socialmap/who-works-here";
	}

}
