package nl.speelveld.participation;

import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Something that happened in a participation process, for insights and the network. */
public interface ParticipationEvent {

	UUID process();

	AreaCode area();

}
