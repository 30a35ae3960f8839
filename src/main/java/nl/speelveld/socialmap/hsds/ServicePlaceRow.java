package nl.speelveld.socialmap.hsds;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** A service offered at a place: an HSDS service_at_location, with its own id (imported, or derived). */
record ServicePlaceRow(UUID id, UUID serviceId, UUID placeId, @Nullable ObjectNode remainder) {
}
