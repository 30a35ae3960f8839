package nl.speelveld.participation.meetings;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.MeetingRegistered;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents register for a meeting and cancel, before it begins. One registration per person; when the
 * places are taken, the meeting is full, also for two people pressing at the same moment.
 */
@Service
public class Registrations {

	private final TakingPart takingPart;

	private final MeetingStore store;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	Registrations(TakingPart takingPart, MeetingStore store, Permissions permissions, ApplicationEventPublisher events) {
		this.takingPart = takingPart;
		this.store = store;
		this.permissions = permissions;
		this.events = events;
	}

	/** True when registered now, false when the person was registered already. */
	@Transactional
	public boolean register(Process process, UUID meetingId) {
		UserId user = this.takingPart.check(process, Contribution.REGISTER);
		Meeting meeting = this.store.get(process.id(), meetingId);
		if (meeting.started(Instant.now())) {
			throw new MeetingRefused(MeetingRefused.STARTED);
		}
		switch (this.store.register(meetingId, user.value())) {
			case ALREADY:
				return false;
			case FULL:
				// the registration written a moment ago is rolled back with the refusal
				throw new MeetingRefused(MeetingRefused.FULL);
			default:
				this.events.publishEvent(new MeetingRegistered(process.id(), process.area(), meetingId));
				return true;
		}
	}

	/** Frees the person's place, before the meeting begins; false when they were not registered. */
	@Transactional
	public boolean cancel(Process process, UUID meetingId) {
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Meeting meeting = this.store.get(process.id(), meetingId);
		if (meeting.started(Instant.now())) {
			throw new MeetingRefused(MeetingRefused.STARTED);
		}
		return this.store.cancel(meetingId, user.value());
	}

}
