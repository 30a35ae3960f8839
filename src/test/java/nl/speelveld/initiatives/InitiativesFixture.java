package nl.speelveld.initiatives;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts initiatives into the table for tests, straight and in any status, without walking their lifecycle. */
@Component
public class InitiativesFixture {

	private final JdbcClient jdbc;

	InitiativesFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID initiative(String title, AreaCode area, InitiativeStatus status, double lat, double lon) {
		return initiative(title, "Samen met de buren maken we de buurt mooier.", area, status, lat, lon, List.of(),
				Instant.now());
	}

	public UUID initiative(String title, String summary, AreaCode area, InitiativeStatus status, double lat, double lon,
			List<String> supportNeeded, Instant updatedAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into initiative (id, status, title, summary, initiator_name, area_code, gemeente, lat, lon,
					support_needed, supporters, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, status.key(), title, summary, "Bewoners van de proefstraat", area.value(),
					area.gemeente().value(), lat, lon, supportNeeded.toArray(String[]::new), 3,
					Timestamp.from(updatedAt), Timestamp.from(updatedAt))
			.update();
		return id;
	}

}
