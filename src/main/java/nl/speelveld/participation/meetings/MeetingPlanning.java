package nl.speelveld.participation.meetings;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner of a process plans its meetings and, afterwards, writes what happened. The first report of a
 * meeting goes to everyone who registered, in their next digest.
 */
@Service
public class MeetingPlanning {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final MeetingStore store;

	private final ProcessSteps steps;

	private final Permissions permissions;

	private final Notifications notifications;

	MeetingPlanning(MeetingStore store, ProcessSteps steps, Permissions permissions, Notifications notifications) {
		this.store = store;
		this.steps = steps;
		this.permissions = permissions;
		this.notifications = notifications;
	}

	/** The new meeting's id, or null with what is wrong per field. */
	@Transactional
	public Planned add(Process process, MeetingForm form) {
		UserId by = owner(process);
		if (process.status() == ProcessStatus.CLOSED) {
			throw new MeetingRefused(MeetingRefused.CLOSED);
		}
		Complaints complaints = new Complaints();
		String title = required(form.title(), "title", 200, complaints);
		String agenda = form.value(form.agenda()).strip();
		if (agenda.length() > 4000) {
			complaints.add("agenda", "meeting.form.agenda.too-long");
		}
		String venueName = null;
		String venueAddress = null;
		String link = null;
		if (form.isOnline()) {
			link = form.value(form.link()).strip();
			if (!isWebAddress(link)) {
				complaints.add("link", "meeting.form.link.invalid");
			}
		}
		else {
			venueName = required(form.venueName(), "venueName", 200, complaints);
			venueAddress = required(form.venueAddress(), "venueAddress", 300, complaints);
		}
		Instant[] times = times(form, complaints);
		Integer capacity = capacity(form.value(form.capacity()).strip(), complaints);
		if (!complaints.isEmpty()) {
			return new Planned(null, complaints);
		}
		UUID id = UUID.randomUUID();
		this.store.add(new Meeting(id, process.id(), title, agenda, venueName, venueAddress, link, times[0], times[1],
				capacity, 0, null, null), by.value());
		this.permissions.audit("participation-meeting-added", "participation-meeting", id,
				Map.of("process", process.id().toString()));
		return new Planned(id, complaints);
	}

	/** Publishes or corrects the report of a meeting that has ended; its registrants hear of the first one. */
	@Transactional
	public Complaints report(Process process, UUID meetingId, @Nullable String text) {
		owner(process);
		Meeting meeting = this.store.get(process.id(), meetingId);
		if (!meeting.ended(Instant.now())) {
			throw new MeetingRefused(MeetingRefused.NOT_ENDED);
		}
		Complaints complaints = new Complaints();
		String report = required(text, "report", 8000, complaints);
		if (!complaints.isEmpty()) {
			return complaints;
		}
		boolean first = this.store.report(meetingId, report);
		this.permissions.audit("participation-meeting-reported", "participation-meeting", meetingId,
				Map.of("process", process.id().toString()));
		if (first) {
			String link = "/participatie/" + process.id() + "/bijeenkomsten/" + meetingId;
			for (UUID registrant : this.store.registrants(meetingId)) {
				this.notifications.notify(new UserId(registrant),
						Notice.of("participation", "notifications.meeting.reported", link, meeting.title()));
			}
		}
		return complaints;
	}

	private UserId owner(Process process) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process plan its meetings");
		}
		return this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	private static String required(@Nullable String value, String field, int max, Complaints complaints) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			complaints.add(field, "meeting.form." + field + ".missing");
		}
		else if (text.length() > max) {
			complaints.add(field, "meeting.form.too-long");
		}
		return text;
	}

	private static Instant[] times(MeetingForm form, Complaints complaints) {
		LocalDate day = null;
		LocalTime start = null;
		LocalTime end = null;
		try {
			day = LocalDate.parse(form.value(form.day()).strip());
			if (day.getYear() < 2000 || day.getYear() > 2200) {
				// a year the calendar and the database cannot take is no date for a meeting
				throw new DateTimeParseException("year out of range", form.value(form.day()), 0);
			}
		}
		catch (DateTimeParseException unreadable) {
			complaints.add("day", "meeting.form.day.invalid");
		}
		try {
			start = LocalTime.parse(form.value(form.startTime()).strip());
		}
		catch (DateTimeParseException unreadable) {
			complaints.add("startTime", "meeting.form.time.invalid");
		}
		try {
			end = LocalTime.parse(form.value(form.endTime()).strip());
		}
		catch (DateTimeParseException unreadable) {
			complaints.add("endTime", "meeting.form.time.invalid");
		}
		if (start != null && end != null && !end.isAfter(start)) {
			complaints.add("endTime", "meeting.form.end.before-start");
		}
		if (day == null || start == null || end == null) {
			return new Instant[] { Instant.EPOCH, Instant.EPOCH };
		}
		return new Instant[] { day.atTime(start).atZone(AMSTERDAM).toInstant(), day.atTime(end).atZone(AMSTERDAM).toInstant() };
	}

	private static @Nullable Integer capacity(String text, Complaints complaints) {
		if (text.isEmpty()) {
			return null;
		}
		if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 10000) {
			complaints.add("capacity", "meeting.form.capacity.invalid");
			return null;
		}
		return Integer.parseInt(text);
	}

	private static boolean isWebAddress(String link) {
		try {
			URI uri = new URI(link);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& link.length() <= 500;
		}
		catch (java.net.URISyntaxException malformed) {
			return false;
		}
	}

	/** The new meeting's id, or null with the complaints. */
	public record Planned(@Nullable UUID id, Complaints complaints) {
	}

}
