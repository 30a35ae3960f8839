package nl.speelveld.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.participation.ChallengeFixture;
import nl.speelveld.participation.challenges.ChallengeStatus;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for the uitdaagrecht. The examples are requests in the Binnenstad
 * of Utrecht, fresh for every request and in the status their step starts from, asked by the RESIDENT column.
 */
final class ChallengeRows {

	/** A step for the group that asked (the RESIDENT column) only. */
	static final Map<Who, Outcome> REQUESTER = access(Outcome.SIGN_IN, Outcome.ALLOWED, Outcome.FORBIDDEN,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	static final List<Row> CHALLENGES = List.of(
			// Public: the register, per area, and every request's page
			row("GET /uitdaagrecht", EVERYONE, data -> get("/uitdaagrecht").param("gemeente", "GM0344")),
			row("GET /gebied/{code}/uitdaagrecht", EVERYONE, data -> get("/gebied/{code}/uitdaagrecht", "WK034406")),
			row("GET /uitdaagrecht/{id}", EVERYONE,
					data -> get("/uitdaagrecht/{id}", in(data, ChallengeStatus.ASSESSED))),

			// Asking: anyone signed in, on behalf of a group
			row("GET /uitdaagrecht/nieuw", SIGNED_IN, data -> get("/uitdaagrecht/nieuw").param("gebied", "3511")),
			row("POST /uitdaagrecht/nieuw", SIGNED_IN, data -> {
				var form = ChallengeFixture.form("3511", "Onderhoud van het Lepelenburg", "Bewoners Lepelenburg");
				return post("/uitdaagrecht/nieuw").param("gebied", form.gebied())
					.param("task", form.task())
					.param("domain", form.domain())
					.param("groupName", form.groupName())
					.param("plan", form.plan())
					.param("budgetAsked", form.budgetAsked())
					.param("supportersPeople", form.supportersPeople())
					.param("contactName", form.contactName())
					.param("contactEmail", form.contactEmail());
			}),

			// The gemeente's steps: coordinators of the area and administrators
			row("POST /uitdaagrecht/{id}/oppakken", UTRECHT,
					data -> post("/uitdaagrecht/{id}/oppakken", in(data, ChallengeStatus.SUBMITTED))),
			row("POST /uitdaagrecht/{id}/beoordelen", UTRECHT,
					data -> post("/uitdaagrecht/{id}/beoordelen", in(data, ChallengeStatus.ASSESSING)).param("verdict-0", "met")
						.param("note-0", "Veel steun in de buurt.")
						.param("verdict-1", "partly")
						.param("note-1", "Bijna even duur als nu.")),
			row("POST /uitdaagrecht/{id}/besluit", UTRECHT,
					data -> post("/uitdaagrecht/{id}/besluit", in(data, ChallengeStatus.ASSESSED)).param("decision", "granted")
						.param("reasons", "Goed plan met veel steun.")),
			row("POST /uitdaagrecht/{id}/uitvoering", UTRECHT,
					data -> post("/uitdaagrecht/{id}/uitvoering", in(data, ChallengeStatus.GRANTED))),
			row("POST /uitdaagrecht/{id}/evaluatie", UTRECHT,
					data -> post("/uitdaagrecht/{id}/evaluatie", in(data, ChallengeStatus.EXECUTING)).param("evaluation",
							"Het park ziet er beter uit dan ooit.")),

			// The group's own step
			row("POST /uitdaagrecht/{id}/intrekken", REQUESTER,
					data -> post("/uitdaagrecht/{id}/intrekken", in(data, ChallengeStatus.SUBMITTED))),

			// The gemeente's side: the worklist, the criteria, the yearly report
			row("GET /beheer/uitdaagrecht", ADMINISTRATION, data -> get("/beheer/uitdaagrecht")),
			row("GET /beheer/uitdaagrecht/criteria", ADMINISTRATION, data -> get("/beheer/uitdaagrecht/criteria")),
			row("POST /beheer/uitdaagrecht/criteria/{gemeente}", UTRECHT,
					data -> post("/beheer/uitdaagrecht/criteria/{gemeente}", "GM0344").param("decisionWeeks", "10")
						.param("name", "Draagvlak in de buurt")
						.param("explanation", "Genoeg bewoners staan achter het plan.")),
			row("GET /beheer/uitdaagrecht/jaarverslag", UTRECHT,
					data -> get("/beheer/uitdaagrecht/jaarverslag").param("gemeente", "GM0344")),
			row("GET /beheer/uitdaagrecht/jaarverslag.csv", UTRECHT,
					data -> get("/beheer/uitdaagrecht/jaarverslag.csv").param("gemeente", "GM0344").param("jaar", "2026")));

	private ChallengeRows() {
	}

	private static UUID in(AuthorisationMatrix data, ChallengeStatus status) {
		return data.bean(ChallengeFixture.class).inUtrecht(status, data.person(Who.RESIDENT).value());
	}

	private static Map<Who, Outcome> access(Outcome... inColumnOrder) {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		Arrays.stream(Who.values()).forEach(who -> access.put(who, inColumnOrder[who.ordinal()]));
		return Collections.unmodifiableMap(access);
	}

}
