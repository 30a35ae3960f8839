package nl.speelveld.initiatives;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** The gemeente decided on an initiative's request for support; {@code amount} is what it granted, if money. */
public record InitiativeSupportDecided(UUID initiative, AreaCode area, boolean granted, @Nullable Integer amount,
		Instant at) implements InitiativeEvent {
}
