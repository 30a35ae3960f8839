package nl.speelveld.security;

import java.util.List;

import nl.speelveld.security.AuthorisationMatrix.Row;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The rows of {@link AuthorisationMatrix} for residents' initiatives. */
final class InitiativeRows {

	/** The public list and map per area, and the way there: an initiative is public work. */
	static final List<Row> LISTING = List.of(
			row("GET /initiatieven", EVERYONE, data -> get("/initiatieven").param("plaats", "9711")),
			row("GET /gebied/{code}/initiatieven", EVERYONE, data -> get("/gebied/{code}/initiatieven", "WK034406")),
			row("GET /api/v1/areas/{code}/initiatives", EVERYONE,
					data -> get("/api/v1/areas/{code}/initiatives", "WK034406")));

	private InitiativeRows() {
	}

}
