package nl.speelveld.security;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import nl.speelveld.security.AuthorisationMatrix.Row;

import org.springframework.http.MediaType;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
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

	// Wegwijzer knowledge: coordinators of any scope and administrators keep it. Removing is shown on ids that
	// do not exist, so the examples leave the knowledge whole: who may gets 404, who may not 403 or the sign-in
	// (KnowledgeAdminControllerTests removes real ones).
	static final List<Row> KNOWLEDGE = List.of(
			row("GET /beheer/wegwijzer", ADMINISTRATION, data -> get("/beheer/wegwijzer")),
			row("POST /beheer/wegwijzer/probeer", ADMINISTRATION,
					data -> post("/beheer/wegwijzer/probeer").param("vraag", "Er wordt gedeald in ons portiek")
						.param("omgeving", "stad")),
			row("POST /beheer/wegwijzer/onderwerpen", ADMINISTRATION, data -> post("/beheer/wegwijzer/onderwerpen")
				.param("code", "matrix-" + madeUpWord())
				.param("thema", "openbare-ruimte")
				.param("naam", "Kapotte bankjes")
				.param("naamEngels", "Broken benches")
				.param("gewicht-wijkcoordinator", "1")),
			row("GET /beheer/wegwijzer/onderwerpen/{code}", ADMINISTRATION,
					data -> get("/beheer/wegwijzer/onderwerpen/{code}", "afval")),
			row("POST /beheer/wegwijzer/onderwerpen/{code}/woorden", ADMINISTRATION,
					data -> post("/beheer/wegwijzer/onderwerpen/{code}/woorden", "afval").param("taal", "nl")
						.param("woord", madeUpWord())),
			row("POST /beheer/wegwijzer/woorden/{id}/verwijderen", ADMINISTRATION,
					data -> post("/beheer/wegwijzer/woorden/{id}/verwijderen", Long.MAX_VALUE)).answering(404),
			row("POST /beheer/wegwijzer/onderwerpen/{code}/rollen", ADMINISTRATION,
					data -> post("/beheer/wegwijzer/onderwerpen/{code}/rollen", "afval").param("rol", "buurtconcierge")
						.param("gewicht", "1")),
			row("POST /beheer/wegwijzer/voorbeelden", ADMINISTRATION, data -> post("/beheer/wegwijzer/voorbeelden")
				.param("voorbeeldRol", "buurtconcierge")
				.param("voorbeeldTaal", "nl")
				.param("voorbeeld", "Wie ruimt de " + madeUpWord() + " op?")),
			row("POST /beheer/wegwijzer/voorbeelden/{id}/verwijderen", ADMINISTRATION,
					data -> post("/beheer/wegwijzer/voorbeelden/{id}/verwijderen", Long.MAX_VALUE)).answering(404));

	/** A word nobody writes, new for every example, so that knowledge added here matches no real question. */
	private static String madeUpWord() {
		StringBuilder word = new StringBuilder("zq");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private RoutingRows() {
	}

}
