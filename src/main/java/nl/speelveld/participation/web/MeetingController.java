package nl.speelveld.participation.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.meetings.Meeting;
import nl.speelveld.participation.meetings.MeetingCalendar;
import nl.speelveld.participation.meetings.MeetingRefused;
import nl.speelveld.participation.meetings.MeetingStore;
import nl.speelveld.participation.meetings.Registrations;
import nl.speelveld.participation.processes.ContributionRefused;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.shared.Complaints;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The meetings of a process for residents: the list, a meeting's page, registering and cancelling, the calendar file. */
@Controller
class MeetingController {

	private final ProcessPages pages;

	private final MeetingPages meetingPages;

	private final MeetingStore meetings;

	private final Registrations registrations;

	private final ProcessSteps steps;

	private final Permissions permissions;

	MeetingController(ProcessPages pages, MeetingPages meetingPages, MeetingStore meetings, Registrations registrations,
			ProcessSteps steps, Permissions permissions) {
		this.pages = pages;
		this.meetingPages = meetingPages;
		this.meetings = meetings;
		this.registrations = registrations;
		this.steps = steps;
		this.permissions = permissions;
	}

	@GetMapping("/participatie/{id}/bijeenkomsten")
	String list(@PathVariable UUID id, Model model) {
		Process process = this.meetingPages.withMeetings(id);
		model.addAttribute("process", process);
		model.addAttribute("areaName", this.pages.areaName(process));
		model.addAttribute("meetings", this.meetings.ofProcess(id));
		model.addAttribute("owner", this.steps.canRun(process));
		model.addAttribute("now", Instant.now());
		return "participation/meetings/list";
	}

	@GetMapping("/participatie/{id}/bijeenkomsten/{meeting}")
	String show(@PathVariable UUID id, @PathVariable UUID meeting, Model model) {
		return this.meetingPages.page(this.meetingPages.withMeetings(id), meeting, "", new Complaints(), "", model);
	}

	/** The way in after signing in: the sign-in page brings the resident back here, then to the meeting. */
	@GetMapping("/participatie/{id}/bijeenkomsten/{meeting}/aanmelden")
	String signInToRegister(@PathVariable UUID id, @PathVariable UUID meeting) {
		if (this.permissions.currentUser().isEmpty()) {
			throw new AccessDeniedException("Sign in to register for a meeting");
		}
		return "redirect:/participatie/" + id + "/bijeenkomsten/" + meeting + "#aanmelden";
	}

	@PostMapping("/participatie/{id}/bijeenkomsten/{meeting}/aanmelden")
	String register(@PathVariable UUID id, @PathVariable UUID meeting, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = this.meetingPages.withMeetings(id);
		try {
			boolean added = this.registrations.register(process, meeting);
			redirect.addFlashAttribute("done", added ? "meeting.done.registered" : "meeting.done.registered-already");
		}
		catch (ContributionRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return this.meetingPages.page(process, meeting, "meeting.blocked." + refused.reason().name().toLowerCase(java.util.Locale.ROOT),
					new Complaints(), "", model);
		}
		catch (MeetingRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return this.meetingPages.page(process, meeting, refused.messageKey(), new Complaints(), "", model);
		}
		return "redirect:/participatie/" + id + "/bijeenkomsten/" + meeting;
	}

	@PostMapping("/participatie/{id}/bijeenkomsten/{meeting}/afmelden")
	String cancel(@PathVariable UUID id, @PathVariable UUID meeting, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Process process = this.meetingPages.withMeetings(id);
		try {
			boolean cancelled = this.registrations.cancel(process, meeting);
			redirect.addFlashAttribute("done", cancelled ? "meeting.done.cancelled" : "meeting.done.not-registered");
		}
		catch (MeetingRefused refused) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return this.meetingPages.page(process, meeting, refused.messageKey(), new Complaints(), "", model);
		}
		return "redirect:/participatie/" + id + "/bijeenkomsten/" + meeting;
	}

	@GetMapping("/participatie/{id}/bijeenkomsten/{meeting}/agenda.ics")
	ResponseEntity<byte[]> calendar(@PathVariable UUID id, @PathVariable UUID meeting, HttpServletRequest request) {
		Process process = this.meetingPages.withMeetings(id);
		Meeting found = this.meetings.get(id, meeting);
		boolean withLink = this.meetingPages.mayHaveLink(process, meeting);
		String page = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/participatie/{id}/bijeenkomsten/{meeting}")
			.buildAndExpand(id, meeting)
			.toUriString();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename("bijeenkomst.ics").build().toString())
			.body(MeetingCalendar.of(found, page, withLink, Instant.now()).getBytes(StandardCharsets.UTF_8));
	}

}
