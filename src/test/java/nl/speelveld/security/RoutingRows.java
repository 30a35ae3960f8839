package nl.speelveld.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.routing.questions.QuestionsFixture;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;

import org.springframework.http.MediaType;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the wegwijzer. */
final class RoutingRows {

	/**
	 * A resident's question in an inbox: only the holders of the post that has it now, here the professional
	 * whose post it is. Administrators and coordinators do not read residents' questions.
	 */
	static final Map<Who, Outcome> HOLDER = access(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	private static final String BINNENSTAD = "WK034406";

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

	/** Leaving a question with a professional, its status page, the inbox and the response terms. */
	static final List<Row> QUESTIONS = List.of(
			// The resident: leaving a question, confirming it from the mail, following and withdrawing it
			row("POST /wegwijzer/achterlaten", EVERYONE, data -> post("/wegwijzer/achterlaten")
				.param("question", "Wie helpt ons met de speeltuin?")
				.param("area", BINNENSTAD)
				.param("post", data.newPost().toString())
				.param("role", "opbouwwerker")),
			row("POST /wegwijzer/vragen", EVERYONE, data -> post("/wegwijzer/vragen")
				.param("question", "Wie helpt ons met de speeltuin?")
				.param("area", BINNENSTAD)
				.param("post", data.newPost().toString())
				.param("role", "opbouwwerker")
				.param("email", AccountsFixture.email("bewoner"))
				.param("consent", "ja")),
			row("GET /wegwijzer/controleer-je-mail", EVERYONE, data -> get("/wegwijzer/controleer-je-mail")),
			row("GET /wegwijzer/vraag/{token}", EVERYONE, data -> get("/wegwijzer/vraag/{token}", delivered(data))),
			row("POST /wegwijzer/vraag/{token}/bevestigen", EVERYONE,
					data -> post("/wegwijzer/vraag/{token}/bevestigen", questions(data).left(data.newPost(), "opbouwwerker",
							BINNENSTAD, "Wie helpt ons?", AccountsFixture.email("bewoner")))),
			row("POST /wegwijzer/vraag/{token}/intrekken", EVERYONE,
					data -> post("/wegwijzer/vraag/{token}/intrekken", delivered(data))),
			row("GET /wegwijzer/vraag-ingetrokken", EVERYONE, data -> get("/wegwijzer/vraag-ingetrokken")),

			// The professional's inbox: every signed-in person has one, empty without posts
			row("GET /inbox", SIGNED_IN, data -> get("/inbox")),
			row("GET /inbox/{id}", HOLDER, data -> get("/inbox/{id}", inInbox(data))),
			row("POST /inbox/{id}/oppakken", HOLDER, data -> post("/inbox/{id}/oppakken", inInbox(data))),
			row("POST /inbox/{id}/beantwoorden", HOLDER,
					data -> post("/inbox/{id}/beantwoorden", inInbox(data)).param("answer", "Ik kom langs.")),
			row("POST /inbox/{id}/doorgeven", HOLDER, data -> post("/inbox/{id}/doorgeven", inInbox(data))
				.param("post", questions(data).holder("buurtbemiddelaar", BINNENSTAD, "Bea").post().toString())
				.param("note", "Dit is een burenruzie.")),
			row("POST /inbox/{id}/afsluiten", HOLDER,
					data -> post("/inbox/{id}/afsluiten", inInbox(data)).param("outcome", "helped")),

			// Response terms per organisation: coordinators of its gemeente and administrators
			row("GET /beheer/reactietermijnen", ADMINISTRATION, data -> get("/beheer/reactietermijnen")),
			row("POST /beheer/reactietermijnen/{organisation}", UTRECHT,
					data -> post("/beheer/reactietermijnen/{organisation}", data.socialMap.organisation()).param("days", "4")));

	private RoutingRows() {
	}

	private static QuestionsFixture questions(AuthorisationMatrix data) {
		return data.bean(QuestionsFixture.class);
	}

	/** A confirmed question with a post of the professional's: the link to its status page. */
	private static String delivered(AuthorisationMatrix data) {
		return questions(data).delivered(data.newPost(), "opbouwwerker", BINNENSTAD);
	}

	/** A new question in the professional's inbox, for each example, as the steps use it up. */
	private static UUID inInbox(AuthorisationMatrix data) {
		return questions(data).id(delivered(data));
	}

	private static Map<Who, Outcome> access(Outcome... inColumnOrder) {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		Arrays.stream(Who.values()).forEach(who -> access.put(who, inColumnOrder[who.ordinal()]));
		return Collections.unmodifiableMap(access);
	}

}
