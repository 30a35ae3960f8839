package nl.speelveld.participation.meetings;

import nl.speelveld.shared.Problem;

/** A meeting step that does not fit now: it is full, it has begun, or it has not ended yet. Nothing was written. */
public class MeetingRefused extends Problem {

	public static final String FULL = "meeting.refused.full";

	public static final String STARTED = "meeting.refused.started";

	public static final String NOT_ENDED = "meeting.refused.not-ended";

	public static final String CLOSED = "meeting.refused.closed";

	public MeetingRefused(String key) {
		super(Kind.CONFLICT, key);
	}

}
