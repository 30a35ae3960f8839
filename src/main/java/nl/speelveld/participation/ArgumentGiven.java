package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Someone gave an argument for or against a proposal; {@code side} is {@code for} or {@code against}. */
public record ArgumentGiven(UUID process, AreaCode area, UUID proposal, UUID argument, String side) implements ParticipationEvent {
}
