package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Someone registered for a meeting of a process; who stays out of it. */
public record MeetingRegistered(UUID process, AreaCode area, UUID meeting) implements ParticipationEvent {
}
