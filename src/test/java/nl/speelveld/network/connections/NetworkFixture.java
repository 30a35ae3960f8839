package nl.speelveld.network.connections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

import org.springframework.stereotype.Component;

/** Logged connections straight into the store, for tests that need some without going through the form. */
@Component
public class NetworkFixture {

	private final ConnectionStore store;

	NetworkFixture(ConnectionStore store) {
		this.store = store;
	}

	public UUID connection(UUID loggedBy, String area, Endpoint from, Endpoint to) {
		UUID id = UUID.randomUUID();
		this.store.insert(new Connection(id, loggedBy, new AreaCode(area), LocalDate.now(), "overleg", from, to,
				Instant.now()));
		return id;
	}

	public boolean exists(UUID id) {
		return this.store.find(id).isPresent();
	}

	public int loggedBy(UUID user) {
		return this.store.loggedBy(user, 1000).size();
	}

}
