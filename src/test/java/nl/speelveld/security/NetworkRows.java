package nl.speelveld.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.network.connections.Endpoint;
import nl.speelveld.network.connections.NetworkFixture;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;

import static nl.speelveld.security.AuthorisationMatrix.PROFESSIONALS;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the network: logging connections and the network of an area. */
final class NetworkRows {

	/** A connection the professional logged: only they delete it; everyone else signed in is refused. */
	static final Map<Who, Outcome> OWN_CONNECTION = ownConnection();

	static final List<Row> NETWORK = List.of(
			row("GET /netwerk/verbinding", PROFESSIONALS, data -> get("/netwerk/verbinding").param("gebied", "WK034406")),
			row("POST /netwerk/verbinding", PROFESSIONALS, data -> post("/netwerk/verbinding").param("gebied", "WK034406")
				.param("vanSoort", "organisatie")
				.param("vanOrganisatie", data.socialMap.organisation().toString())
				.param("naarSoort", "groep")
				.param("naarGroep", "Bewonersgroep Matrixstraat")
				.param("doel", "overleg")),
			row("GET /netwerk", PROFESSIONALS, data -> get("/netwerk")),
			row("POST /netwerk/verbinding/{id}/verwijderen", OWN_CONNECTION,
					data -> post("/netwerk/verbinding/{id}/verwijderen", connection(data))),
			row("GET /gebied/{code}/netwerk", PROFESSIONALS, data -> get("/gebied/{code}/netwerk", "WK034406")));

	private NetworkRows() {
	}

	/** A connection in the Binnenstad that the professional logged: new for each example, as deleting ends it. */
	private static UUID connection(AuthorisationMatrix data) {
		return data.bean(NetworkFixture.class)
			.connection(data.person(Who.PROFESSIONAL).value(), "WK034406", Endpoint.organisation(data.socialMap.organisation()),
					Endpoint.group("Bewonersgroep Matrixplein"));
	}

	private static Map<Who, Outcome> ownConnection() {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			access.put(who, switch (who) {
				case ANONYMOUS -> Outcome.SIGN_IN;
				case PROFESSIONAL -> Outcome.ALLOWED;
				default -> Outcome.FORBIDDEN;
			});
		}
		return Collections.unmodifiableMap(access);
	}

}
