package nl.speelveld.socialmap.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import org.jspecify.annotations.Nullable;
import nl.speelveld.shared.web.MapSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the social map's entries: professionals, organisations, places. */
@Controller
class DirectoryController {

	private final SocialMap socialMap;

	private final Areas areas;

	private final PostCards cards;

	private final MapSettings map;

	private final EditLinks editLinks;

	DirectoryController(SocialMap socialMap, Areas areas, PostCards cards, MapSettings map, EditLinks editLinks) {
		this.socialMap = socialMap;
		this.areas = areas;
		this.cards = cards;
		this.map = map;
		this.editLinks = editLinks;
	}

	@GetMapping("/professionals/{id}")
	String professional(@PathVariable String id, Model model) {
		Professional professional = this.socialMap.professional(uuid(id, "professional"));
		model.addAttribute("professional", professional);
		model.addAttribute("posts", directCards(this.socialMap.postsOf(professional)));
		model.addAttribute("mayEdit", this.editLinks.mayEdit(professional));
		return "socialmap/professional";
	}

	@GetMapping("/organisaties/{id}")
	String organisation(@PathVariable String id, Model model) {
		Organisation organisation = this.socialMap.organisation(uuid(id, "organisation"));
		model.addAttribute("organisation", organisation);
		model.addAttribute("areaNames", organisation.areas().stream().map(this.cards::name).toList());
		model.addAttribute("posts", directCards(this.socialMap.postsOf(organisation)));
		model.addAttribute("services", this.socialMap.servicesOf(organisation));
		model.addAttribute("places", this.socialMap.placesOf(organisation));
		model.addAttribute("mayEdit", this.editLinks.mayEdit(organisation));
		return "socialmap/organisation";
	}

	@GetMapping("/plekken/{id}")
	String place(@PathVariable String id, Model model) {
		Place place = this.socialMap.place(uuid(id, "place"));
		model.addAttribute("place", place);
		model.addAttribute("areaName", place.area() == null ? "" : this.cards.name(place.area()));
		model.addAttribute("services", this.socialMap.servicesAt(place));
		model.addAttribute("mayEdit", this.editLinks.mayEdit(place));
		return "socialmap/place";
	}

	@GetMapping("/gebied/{code}/plekken")
	String places(@PathVariable String code, Model model) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
		model.addAttribute("area", area);
		model.addAttribute("places", this.socialMap.placesIn(area.code()));
		model.addAttribute("map", this.map);
		return "socialmap/places";
	}

	@GetMapping("/gebied/{code}/organisaties")
	String organisations(@PathVariable String code, @RequestParam(name = "soort", required = false) @Nullable String type,
			Model model) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
		String chosen = type != null && OrganisationType.fromKey(type).isPresent() ? type : null;
		model.addAttribute("area", area);
		model.addAttribute("organisations", this.socialMap.organisationsIn(area.code(), chosen));
		model.addAttribute("types", Arrays.stream(OrganisationType.values()).map(OrganisationType::key).toList());
		model.addAttribute("type", chosen == null ? "" : chosen);
		return "socialmap/organisations";
	}

	/** A post on its own pages (its professional's, its organisation's) is shown with all its areas. */
	private List<PostCard> directCards(List<Post> posts) {
		return posts.stream()
			.map(post -> this.cards.card(new CoveringPost(post, Coverage.DIRECT, post.areas(), this.socialMap.isStale(post))))
			.toList();
	}

	private static UUID uuid(String text, String kind) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException notAnId) {
			throw new SocialMapEntryNotFound(kind, text);
		}
	}

}
