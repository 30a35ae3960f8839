package nl.speelveld.participation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.ContributionRefused;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.surveys.Responding;
import nl.speelveld.participation.surveys.Survey;
import nl.speelveld.participation.surveys.SurveyNotFound;
import nl.speelveld.participation.surveys.SurveyRefused;
import nl.speelveld.participation.surveys.SurveyResults;
import nl.speelveld.participation.surveys.SurveyStore;
import nl.speelveld.shared.Complaints;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The surveys of a process for residents: the list, a survey to fill in, and its outcome. Who may fill it in
 * is decided by the process's gate alone; the page says why the form is not there when it is not.
 */
@Controller
class SurveyController {

	private final ProcessPages pages;

	private final SurveyStore surveys;

	private final Responding responding;

	private final SurveyResults results;

	private final TakingPart takingPart;

	private final ProcessSteps steps;

	private final Permissions permissions;

	SurveyController(ProcessPages pages, SurveyStore surveys, Responding responding, SurveyResults results,
			TakingPart takingPart, ProcessSteps steps, Permissions permissions) {
		this.pages = pages;
		this.surveys = surveys;
		this.responding = responding;
		this.results = results;
		this.takingPart = takingPart;
		this.steps = steps;
		this.permissions = permissions;
	}

	@GetMapping("/participatie/{id}/vragenlijsten")
	String list(@PathVariable UUID id, Model model) {
		Process process = withSurveys(id);
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("surveys", this.surveys.ofProcess(id));
		model.addAttribute("owner", this.steps.canRun(process));
		return "participation/surveys/list";
	}

	@GetMapping("/participatie/{id}/vragenlijsten/{survey}")
	String show(@PathVariable UUID id, @PathVariable UUID survey, Model model) {
		return page(withSurveys(id), survey, "", new Complaints(), Map.of(), model);
	}

	/** The way in after signing in: the sign-in page brings the resident back here, then to the survey. */
	@GetMapping("/participatie/{id}/vragenlijsten/{survey}/invullen")
	String signInToRespond(@PathVariable UUID id, @PathVariable UUID survey) {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Sign in to fill in a survey");
		}
		return "redirect:/participatie/" + id + "/vragenlijsten/" + survey;
	}

	@PostMapping("/participatie/{id}/vragenlijsten/{survey}")
	String respond(@PathVariable UUID id, @PathVariable UUID survey, @RequestParam MultiValueMap<String, String> form,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Process process = withSurveys(id);
		Complaints complaints;
		try {
			complaints = this.responding.respond(process, survey, form);
		}
		catch (ContributionRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(process, survey, "survey.blocked." + refused.reason().name().toLowerCase(java.util.Locale.ROOT),
					new Complaints(), Map.of(), model);
		}
		catch (SurveyRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(process, survey, refused.messageKey(), new Complaints(), Map.of(), model);
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(process, survey, "", complaints, form, model);
		}
		redirect.addFlashAttribute("done", "survey.done.responded");
		return "redirect:/participatie/" + id + "/vragenlijsten/" + survey;
	}

	@GetMapping("/participatie/{id}/vragenlijsten/{survey}/uitkomsten")
	String results(@PathVariable UUID id, @PathVariable UUID survey, Model model) {
		Process process = withSurveys(id);
		boolean owner = this.steps.canRun(process);
		Survey found = this.surveys.get(id, survey);
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("results", this.results.of(found, owner));
		model.addAttribute("owner", owner);
		return "participation/surveys/results";
	}

	private String page(Process process, UUID surveyId, String refused, Complaints complaints,
			Map<String, List<String>> typed, Model model) {
		Survey survey = this.surveys.get(process.id(), surveyId);
		var user = this.permissions.currentUser();
		boolean responded = user.map(person -> this.surveys.hasResponded(surveyId, person.value())).orElse(false);
		String blocked = refused.isEmpty() ? blocked(process) : refused;
		model.addAttribute("view", new SurveyView(process, this.pages.areaName(process), survey, user.isPresent(), responded,
				this.steps.canRun(process), blocked, this.surveys.responses(surveyId), complaints, typed));
		return "participation/surveys/survey";
	}

	/** Why the signed-in visitor cannot fill in the survey now, as a message key; empty when they can. */
	private String blocked(Process process) {
		if (process.status() == ProcessStatus.CLOSED) {
			return "survey.blocked.closed";
		}
		if (!process.opens(Contribution.RESPOND)) {
			return "survey.blocked.phase";
		}
		if (this.takingPart.needsResidency(process)) {
			return "survey.blocked.area";
		}
		return "";
	}

	/** The process as the visitor may see it, if it has surveys at all. */
	private Process withSurveys(UUID id) {
		Process process = this.pages.visible(id);
		if (!process.uses(Process.SURVEYS)) {
			throw new SurveyNotFound(id);
		}
		return process;
	}

}
