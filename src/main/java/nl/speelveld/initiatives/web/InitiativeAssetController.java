package nl.speelveld.initiatives.web;

import java.util.UUID;

import nl.speelveld.initiatives.lifecycle.AssetLinks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Links a place or organisation of the neighbourhood to an initiative, and undoes it. */
@Controller
class InitiativeAssetController {

	private final AssetLinks links;

	InitiativeAssetController(AssetLinks links) {
		this.links = links;
	}

	@PostMapping("/initiatieven/{id}/koppelen")
	String link(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable UUID asset, RedirectAttributes redirect) {
		this.links.link(id, kind == null ? "" : kind, asset == null ? new UUID(0, 0) : asset);
		redirect.addFlashAttribute("done", "initiative.done.linked");
		return "redirect:/initiatieven/" + id + "#buurt-titel";
	}

	@PostMapping("/initiatieven/{id}/ontkoppelen")
	String unlink(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable UUID asset, RedirectAttributes redirect) {
		this.links.unlink(id, kind == null ? "" : kind, asset == null ? new UUID(0, 0) : asset);
		redirect.addFlashAttribute("done", "initiative.done.unlinked");
		return "redirect:/initiatieven/" + id + "#buurt-titel";
	}

}
