package nl.speelveld.participation.meetings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as an iCalendar file (RFC 5545) for a calendar app: one event in UTC, with the place and the
 * agenda, and a link back to the meeting's page.
 */
public final class MeetingCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private MeetingCalendar() {
	}

	/**
	 * The file's text; {@code page} is the absolute address of the meeting's page. An online meeting's link
	 * is in it only {@code withLink}: for those registered and those who run the process, as on the page.
	 */
	public static String of(Meeting meeting, String page, boolean withLink, Instant now) {
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("VERSION:2.0");
		lines.add("PRODID:-//Speelveld//Participatie//NL");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:PUBLISH");
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + meeting.id() + "@speelveld");
		lines.add("DTSTAMP:" + UTC.format(now));
		lines.add("DTSTART:" + UTC.format(meeting.startsAt()));
		lines.add("DTEND:" + UTC.format(meeting.endsAt()));
		lines.add("SUMMARY:" + text(meeting.title()));
		lines.add("LOCATION:" + text(!meeting.online() ? meeting.venueName() + ", " + meeting.venueAddress()
				: withLink ? meeting.onlineLink() : "Online"));
		String description = meeting.agenda().isBlank() ? page : meeting.agenda() + "\n\n" + page;
		lines.add("DESCRIPTION:" + text(description));
		lines.add("URL:" + page);
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		StringBuilder file = new StringBuilder();
		lines.forEach(line -> file.append(fold(line)).append("\r\n"));
		return file.toString();
	}

	/** A text value with its backslashes, commas, semicolons and line ends escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Lines longer than 75 characters go on, after a line end and a space. */
	static String fold(String line) {
		if (line.length() <= 75) {
			return line;
		}
		StringBuilder folded = new StringBuilder(line.substring(0, 75));
		for (int i = 75; i < line.length(); i += 74) {
			folded.append("\r\n ").append(line, i, Math.min(line.length(), i + 74));
		}
		return folded.toString();
	}

}
