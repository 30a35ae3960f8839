package nl.speelveld.participation.meetings;

import java.util.UUID;

import nl.speelveld.shared.Problem;

/** No meeting with this id in this process, or a process without meetings. */
public class MeetingNotFound extends Problem {

	public MeetingNotFound(UUID id) {
		super(Kind.NOT_FOUND, "meeting.problem.not-found", id.toString());
	}

}
