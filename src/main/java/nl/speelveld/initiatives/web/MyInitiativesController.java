package nl.speelveld.initiatives.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.initiatives.lifecycle.Worklist;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A person's initiatives on one page: the ones they started and support, and for professionals and
 * coordinators the ones they guide and the submitted ones in their areas that wait to be taken in.
 */
@Controller
class MyInitiativesController {

	private final Worklist worklist;

	private final SocialMap socialMap;

	private final Permissions permissions;

	MyInitiativesController(Worklist worklist, SocialMap socialMap, Permissions permissions) {
		this.worklist = worklist;
		this.socialMap = socialMap;
		this.permissions = permissions;
	}

	@GetMapping("/mijn-initiatieven")
	String mine(Model model) {
		UUID user = this.permissions.currentUser()
			.orElseThrow(() -> new AccessDeniedException("Sign in to see your initiatives"))
			.value();
		Set<AreaCode> areas = new LinkedHashSet<>();
		this.socialMap.postsHeldBy(user).stream().map(Post::areas).forEach(areas::addAll);
		areas.addAll(this.permissions.coordinatorScopes());
		model.addAttribute("started", this.worklist.startedBy(user));
		model.addAttribute("supported", this.worklist.supportedBy(user));
		model.addAttribute("guided", this.worklist.guidedBy(user));
		model.addAttribute("waiting", this.worklist.waitingIn(areas));
		model.addAttribute("works", !areas.isEmpty());
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
		return "initiatives/mine";
	}

}
