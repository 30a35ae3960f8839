package nl.speelveld.participation.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.participation.meetings.MeetingForm;
import nl.speelveld.participation.meetings.MeetingNotFound;
import nl.speelveld.participation.meetings.MeetingPlanning;
import nl.speelveld.participation.meetings.MeetingRefused;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
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

/** The owner of a process adds its meetings and writes their reports. */
@Controller
class MeetingPlanningController {

	private final ProcessPages pages;

	private final ProcessSteps steps;

	private final MeetingPlanning planning;

	private final MeetingPages meetings;

	MeetingPlanningController(ProcessPages pages, ProcessSteps steps, MeetingPlanning planning, MeetingPages meetings) {
		this.pages = pages;
		this.steps = steps;
		this.planning = planning;
		this.meetings = meetings;
	}

	@GetMapping("/beheer/participatie/{id}/bijeenkomsten/nieuw")
	String start(@PathVariable UUID id, Model model) {
		return form(owned(id), MeetingForm.empty(), new Complaints(), "", model);
	}

	@PostMapping("/beheer/participatie/{id}/bijeenkomsten/nieuw")
	String add(@PathVariable UUID id, MeetingForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = owned(id);
		MeetingPlanning.Planned planned;
		try {
			planned = this.planning.add(process, form);
		}
		catch (MeetingRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(process, form, new Complaints(), refused.messageKey(), model);
		}
		if (planned.id() == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(process, form, planned.complaints(), "", model);
		}
		redirect.addFlashAttribute("done", "meeting.done.added");
		return "redirect:/participatie/" + id + "/bijeenkomsten/" + planned.id();
	}

	@PostMapping("/beheer/participatie/{id}/bijeenkomsten/{meeting}/verslag")
	String report(@PathVariable UUID id, @PathVariable UUID meeting, @RequestParam(required = false) @Nullable String report,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Process process = owned(id);
		Complaints complaints;
		try {
			complaints = this.planning.report(process, meeting, report);
		}
		catch (MeetingRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return this.meetings.page(process, meeting, refused.messageKey(), new Complaints(), report == null ? "" : report,
					model);
		}
		if (!complaints.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return this.meetings.page(process, meeting, "", complaints, report == null ? "" : report, model);
		}
		redirect.addFlashAttribute("done", "meeting.done.reported");
		return "redirect:/participatie/" + id + "/bijeenkomsten/" + meeting + "#verslag";
	}

	private String form(Process process, MeetingForm form, Complaints complaints, String refused, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("form", form);
		model.addAttribute("complaints", complaints);
		model.addAttribute("refused", refused);
		return "participation/meetings/new";
	}

	private Process owned(UUID id) {
		Process process = this.pages.visible(id);
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process plan its meetings");
		}
		if (!process.uses(Process.MEETINGS)) {
			throw new MeetingNotFound(id);
		}
		return process;
	}

}
