package nl.speelveld.participation.web;

import java.time.Instant;

import nl.speelveld.participation.meetings.Meeting;
import nl.speelveld.participation.processes.Process;

/**
 * What the page of a meeting shows to this visitor: whether they are registered, may register now, and run
 * the process (and so see the count and write the report).
 */
public record MeetingView(Process process, String areaName, Meeting meeting, boolean signedIn, boolean registered,
		boolean canRegister, boolean owner, Instant now) {

	public String base() {
		return "/participatie/" + this.process.id() + "/bijeenkomsten/" + this.meeting.id();
	}

	public boolean started() {
		return this.meeting.started(this.now);
	}

	public boolean ended() {
		return this.meeting.ended(this.now);
	}

	/** The link of an online meeting goes to those registered and the owner only, against uninvited guests. */
	public boolean showsLink() {
		return this.meeting.online() && (this.registered || this.owner);
	}

}
