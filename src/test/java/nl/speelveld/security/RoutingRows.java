package nl.speelveld.security;

import java.util.List;

import nl.speelveld.security.AuthorisationMatrix.Row;

import org.springframework.http.MediaType;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the wegwijzer. */
final class RoutingRows {

	static final List<Row> WEGWIJZER = List.of(
			// Wie kan mij helpen? Public, and the question is not stored
			row("GET /wegwijzer", EVERYONE, data -> get("/wegwijzer")),
			row("POST /wegwijzer", EVERYONE,
					data -> post("/wegwijzer").param("vraag", "Er wordt gedeald in ons portiek").param("postcode", "3511")),
			row("POST /api/v1/routing", EVERYONE, data -> post("/api/v1/routing").contentType(MediaType.APPLICATION_JSON)
				.content("{\"question\":\"Er wordt gedeald in ons portiek\",\"postcode\":\"3511\"}")));

	private RoutingRows() {
	}

}
