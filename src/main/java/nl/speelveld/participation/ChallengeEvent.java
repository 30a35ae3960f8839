package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/**
 * Something that happened to a request under the uitdaagrecht, for insights and the network. A request
 * belongs to no process, so these events stand beside {@link ParticipationEvent} rather than under it.
 */
public interface ChallengeEvent {

	UUID challenge();

	AreaCode area();

}
