package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** Something that happened to a residents' initiative; insights and the network listen to all of them. */
public interface InitiativeEvent {

	UUID initiative();

	AreaCode area();

	Instant at();

}
