package nl.speelveld.socialmap.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.socialmap.SocialMapEntryNotFound;
import nl.speelveld.socialmap.freshness.DueEntries;
import nl.speelveld.socialmap.freshness.EntryKind;
import nl.speelveld.socialmap.freshness.RemindRefused;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For coordinators and administrators: the entries in their areas that are due for confirmation or
 * stale, with their owners, and two things to do about one: confirm it for the owner, or remind them.
 */
@Controller
class FreshnessAdminController {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String PAGE = "/beheer/sociale-kaart/verouderd";

	private final DueEntries due;

	private final Permissions permissions;

	private final Areas areas;

	FreshnessAdminController(DueEntries due, Permissions permissions, Areas areas) {
		this.due = due;
		this.permissions = permissions;
		this.areas = areas;
	}

	@GetMapping(PAGE)
	String list(@RequestParam(defaultValue = "") String gemeente, Model model) {
		List<AreaSummary> choices = gemeenten();
		AreaCode chosen = AreaCode.tryParse(gemeente)
			.filter(code -> code.level() == AreaLevel.GEMEENTE)
			.filter(code -> choices.stream().anyMatch(choice -> choice.code().equals(code)))
			.orElse(null);
		var listing = this.due.list(chosen, today());
		model.addAttribute("entries", listing.entries());
		model.addAttribute("cutOff", listing.cutOff());
		model.addAttribute("limit", DueEntries.LIMIT);
		model.addAttribute("gemeenten", choices);
		model.addAttribute("gemeente", chosen == null ? "" : chosen.value());
		return "socialmap/admin/due";
	}

	@PostMapping(PAGE + "/{kind}/{id}/bevestigen")
	String confirm(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String gemeente,
			RedirectAttributes redirect) {
		this.due.confirmOnBehalf(kind(kind, id), id, today());
		redirect.addFlashAttribute("done", "freshness.admin.confirmed");
		return back(gemeente);
	}

	@PostMapping(PAGE + "/{kind}/{id}/herinneren")
	String remind(@PathVariable String kind, @PathVariable UUID id, @RequestParam(defaultValue = "") String gemeente,
			RedirectAttributes redirect) {
		try {
			this.due.remindAgain(kind(kind, id), id, today());
			redirect.addFlashAttribute("done", "freshness.admin.reminded-done");
		}
		catch (RemindRefused refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
		}
		return back(gemeente);
	}

	/**
	 * The gemeenten to filter on: every gemeente for administrators, the coordinator's own (those of the
	 * wijken they coordinate too) for the others.
	 */
	private List<AreaSummary> gemeenten() {
		if (this.permissions.isAdministrator()) {
			return this.areas.list(AreaLevel.GEMEENTE, null, null, 0, 500).items();
		}
		return this.permissions.coordinatorScopes()
			.stream()
			.map(AreaCode::gemeente)
			.distinct()
			.flatMap(code -> this.areas.summary(code).stream())
			.toList();
	}

	private static String back(@Nullable String gemeente) {
		return "redirect:" + PAGE + (gemeente == null || !AreaCode.isValid(gemeente) ? "" : "?gemeente=" + gemeente);
	}

	private static EntryKind kind(String key, UUID id) {
		return EntryKind.fromKey(key).orElseThrow(() -> new SocialMapEntryNotFound("entry", id));
	}

	private static LocalDate today() {
		return LocalDate.now(AMSTERDAM);
	}

}
