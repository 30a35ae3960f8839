package nl.speelveld.participation.web;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.participation.meetings.Meeting;
import nl.speelveld.participation.meetings.MeetingNotFound;
import nl.speelveld.participation.meetings.MeetingStore;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.shared.Complaints;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of a meeting, for the residents' steps and the owner's report alike. */
@Component
class MeetingPages {

	private final ProcessPages pages;

	private final MeetingStore meetings;

	private final TakingPart takingPart;

	private final ProcessSteps steps;

	private final Permissions permissions;

	MeetingPages(ProcessPages pages, MeetingStore meetings, TakingPart takingPart, ProcessSteps steps,
			Permissions permissions) {
		this.pages = pages;
		this.meetings = meetings;
		this.takingPart = takingPart;
		this.steps = steps;
		this.permissions = permissions;
	}

	/** The process as the visitor may see it, if it has meetings at all. */
	Process withMeetings(UUID id) {
		Process process = this.pages.visible(id);
		if (!process.uses(Process.MEETINGS)) {
			throw new MeetingNotFound(id);
		}
		return process;
	}

	/** Whether the visitor may have an online meeting's link: those registered and those who run the process. */
	boolean mayHaveLink(Process process, UUID meetingId) {
		return this.steps.canRun(process) || this.permissions.currentUser()
			.map(person -> this.meetings.isRegistered(meetingId, person.value()))
			.orElse(false);
	}

	String page(Process process, UUID meetingId, String refused, Complaints complaints, String typedReport, Model model) {
		Meeting meeting = this.meetings.get(process.id(), meetingId);
		var user = this.permissions.currentUser();
		boolean registered = user.map(person -> this.meetings.isRegistered(meetingId, person.value())).orElse(false);
		model.addAttribute("view", new MeetingView(process, this.pages.areaName(process), meeting, user.isPresent(),
				registered, this.takingPart.can(process, Contribution.REGISTER), this.steps.canRun(process), Instant.now()));
		model.addAttribute("refused", refused);
		model.addAttribute("complaints", complaints);
		model.addAttribute("typedReport", typedReport);
		return "participation/meetings/meeting";
	}

}
