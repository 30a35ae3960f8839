package nl.speelveld.security;

import java.util.List;

import nl.speelveld.security.AuthorisationMatrix.Row;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for insights: counts about areas only, public for everyone, like
 * the CBS figures; and the age group a person gives on their own account.
 */
final class InsightsRows {

	static final List<Row> INSIGHTS = List.of(
			row("GET /gebied/{code}/inzichten", EVERYONE, data -> get("/gebied/{code}/inzichten", "WK034406")),
			row("GET /gebied/{code}/inzichten/{table}.csv", EVERYONE,
					data -> get("/gebied/{code}/inzichten/{table}.csv", "WK034406", "opkomst")),
			row("GET /gebied/{code}/inzichten/rapport.pdf", EVERYONE, data -> get("/gebied/{code}/inzichten/rapport.pdf", "WK034406")),
			row("GET /api/v1/areas/{code}/insights", EVERYONE, data -> get("/api/v1/areas/{code}/insights", "WK034406")),
			row("GET /api/v1/areas/{code}/insights/map", EVERYONE,
					data -> get("/api/v1/areas/{code}/insights/map", "GM0344").param("measure", "density")),
			row("POST /account/leeftijd", SIGNED_IN, data -> post("/account/leeftijd").param("leeftijd", "45-65")));

	private InsightsRows() {
	}

}
