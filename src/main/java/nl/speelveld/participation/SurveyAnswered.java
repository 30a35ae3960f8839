package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Someone filled in a survey of a process; who and what they answered stay out of it. */
public record SurveyAnswered(UUID process, AreaCode area, UUID survey) implements ParticipationEvent {
}
