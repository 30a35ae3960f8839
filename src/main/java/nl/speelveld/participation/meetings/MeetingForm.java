package nl.speelveld.participation.meetings;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as the owner types it. {@code place} is {@code venue} or {@code online}; the day and the start
 * and end times are as the browser's date and time fields send them (2026-05-12, 19:30).
 */
public record MeetingForm(@Nullable String title, @Nullable String agenda, @Nullable String place,
		@Nullable String venueName, @Nullable String venueAddress, @Nullable String link, @Nullable String day,
		@Nullable String startTime, @Nullable String endTime, @Nullable String capacity) {

	public static MeetingForm empty() {
		return new MeetingForm("", "", "venue", "", "", "", "", "19:30", "21:30", "");
	}

	public String value(@Nullable String field) {
		return field == null ? "" : field;
	}

	public boolean isOnline() {
		return "online".equals(this.place);
	}

}
