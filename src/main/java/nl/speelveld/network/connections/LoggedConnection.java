package nl.speelveld.network.connections;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A connection as its logger sees it in their list: named ends, the area's name, the purpose's key. */
public record LoggedConnection(UUID id, LocalDate on, String areaCode, String areaName, NamedEndpoint from,
		NamedEndpoint to, @Nullable String purpose) {
}
