package nl.speelveld.network.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.network.connections.ConnectionForm;
import nl.speelveld.network.connections.ConnectionLogging;
import nl.speelveld.network.connections.ConnectionNotFound;
import nl.speelveld.shared.web.PageContext;
import nl.speelveld.socialmap.Post;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a connection in seconds, the professional's own list of them, and deleting one of their own. The
 * checks are on {@link ConnectionLogging}.
 */
@Controller
class ConnectionController {

	private final ConnectionLogging logging;

	ConnectionController(ConnectionLogging logging) {
		this.logging = logging;
	}

	@GetMapping("/netwerk/verbinding")
	String start(@RequestParam(name = "gebied", defaultValue = "") String area, Model model) {
		List<Post> own = this.logging.ownPosts();
		ConnectionForm form = ConnectionForm.start(area.strip(), own.isEmpty() ? null : own.get(0).id().toString());
		return form(model, form, own, new LinkedHashMap<>());
	}

	@PostMapping("/netwerk/verbinding")
	String log(ConnectionForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<UUID> logged = this.logging.log(form, problems);
		if (logged.isEmpty()) {
			response.setStatus(400);
			return form(model, form, this.logging.ownPosts(), problems);
		}
		redirect.addFlashAttribute("done", "network.logged");
		return "redirect:/netwerk/verbinding?gebied=" + ConnectionForm.text(form.gebied());
	}

	@GetMapping("/netwerk")
	String mine(@ModelAttribute("page") PageContext page, Model model) {
		model.addAttribute("connections", this.logging.mine(page.t("network.removed")));
		return "network/mine";
	}

	@PostMapping("/netwerk/verbinding/{id}/verwijderen")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		UUID connection;
		try {
			connection = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new ConnectionNotFound(id);
		}
		this.logging.delete(connection);
		redirect.addFlashAttribute("done", "network.deleted");
		return "redirect:/netwerk";
	}

	private String form(Model model, ConnectionForm form, List<Post> own, Map<String, String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("ownPosts", own);
		model.addAttribute("organisations", this.logging.organisationsIn(ConnectionForm.text(form.gebied())));
		model.addAttribute("purposes", ConnectionLogging.PURPOSES);
		model.addAttribute("problems", problems);
		return "network/log";
	}

}
