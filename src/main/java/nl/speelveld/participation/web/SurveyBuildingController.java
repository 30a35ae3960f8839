package nl.speelveld.participation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.surveys.QuestionForm;
import nl.speelveld.participation.surveys.QuestionKind;
import nl.speelveld.participation.surveys.SurveyBuilding;
import nl.speelveld.participation.surveys.SurveyNotFound;
import nl.speelveld.participation.surveys.SurveyRefused;
import nl.speelveld.participation.surveys.SurveyStore;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner of a process builds a survey: the liveability template in one step, or an own survey one
 * question at a time. Once people have filled it in, the page says it no longer changes.
 */
@Controller
class SurveyBuildingController {

	private final ProcessPages pages;

	private final ProcessSteps steps;

	private final SurveyBuilding building;

	private final SurveyStore surveys;

	SurveyBuildingController(ProcessPages pages, ProcessSteps steps, SurveyBuilding building, SurveyStore surveys) {
		this.pages = pages;
		this.steps = steps;
		this.building = building;
		this.surveys = surveys;
	}

	@GetMapping("/beheer/participatie/{id}/vragenlijsten/nieuw")
	String start(@PathVariable UUID id, Model model) {
		return startPage(owned(id), new Complaints(), "", "", model);
	}

	@PostMapping("/beheer/participatie/{id}/vragenlijsten/nieuw")
	String create(@PathVariable UUID id, @RequestParam(required = false) @Nullable String template,
			@RequestParam(required = false) @Nullable String open, @RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String intro, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = owned(id);
		UUID survey;
		if ("liveability".equals(template)) {
			survey = this.building.fromTemplate(process, "true".equals(open));
		}
		else {
			var created = this.building.create(process, title == null ? "" : title, intro == null ? "" : intro);
			if (created.id() == null) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return startPage(process, created.complaints(), title, intro, model);
			}
			survey = created.id();
		}
		redirect.addFlashAttribute("done", "survey.done.created");
		return "redirect:/beheer/participatie/" + id + "/vragenlijsten/" + survey;
	}

	@GetMapping("/beheer/participatie/{id}/vragenlijsten/{survey}")
	String edit(@PathVariable UUID id, @PathVariable UUID survey, Model model) {
		return editPage(owned(id), survey, QuestionForm.empty(), new Complaints(), "", model);
	}

	@PostMapping("/beheer/participatie/{id}/vragenlijsten/{survey}/vragen")
	String add(@PathVariable UUID id, @PathVariable UUID survey, QuestionForm form, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Process process = owned(id);
		Complaints complaints;
		try {
			complaints = this.building.add(process, survey, form);
		}
		catch (SurveyRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(process, survey, form, new Complaints(), refused.messageKey(), model);
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editPage(process, survey, form, complaints, "", model);
		}
		redirect.addFlashAttribute("done", "survey.done.question-added");
		return "redirect:/beheer/participatie/" + id + "/vragenlijsten/" + survey + "#nieuwe-vraag";
	}

	@PostMapping("/beheer/participatie/{id}/vragenlijsten/{survey}/vragen/{position}/verwijderen")
	String remove(@PathVariable UUID id, @PathVariable UUID survey, @PathVariable int position, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Process process = owned(id);
		try {
			this.building.remove(process, survey, position);
		}
		catch (SurveyRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return editPage(process, survey, QuestionForm.empty(), new Complaints(), refused.messageKey(), model);
		}
		redirect.addFlashAttribute("done", "survey.done.question-removed");
		return "redirect:/beheer/participatie/" + id + "/vragenlijsten/" + survey;
	}

	private String startPage(Process process, Complaints complaints, @Nullable String title, @Nullable String intro,
			Model model) {
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("complaints", complaints);
		model.addAttribute("title", title == null ? "" : title);
		model.addAttribute("intro", intro == null ? "" : intro);
		return "participation/surveys/new";
	}

	private String editPage(Process process, UUID surveyId, QuestionForm form, Complaints complaints, String refused,
			Model model) {
		var survey = this.surveys.in(process.id(), surveyId).orElseThrow(() -> new SurveyNotFound(surveyId));
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("survey", survey);
		model.addAttribute("responses", this.surveys.responses(surveyId));
		model.addAttribute("form", form);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("complaints", complaints);
		model.addAttribute("refused", refused);
		return "participation/surveys/edit";
	}

	/** The process, for those who run it only. */
	private Process owned(UUID id) {
		Process process = this.pages.visible(id);
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process build its surveys");
		}
		if (!process.uses(Process.SURVEYS)) {
			throw new SurveyNotFound(id);
		}
		return process;
	}

}
