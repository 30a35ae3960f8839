package nl.speelveld.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.initiatives.InitiativeCast;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.NOBODY;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for residents' initiatives. */
final class InitiativeRows {

	/**
	 * A step for the professional who guides the initiative (the PROFESSIONAL column), a coordinator of its
	 * gemeente (Utrecht) and administrators.
	 */
	static final Map<Who, Outcome> GUIDE_OR_UTRECHT = access(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED,
			Outcome.ALLOWED, Outcome.FORBIDDEN, Outcome.ALLOWED);

	/** A step for the initiators and the guide only: the gemeente does not run initiatives for residents. */
	static final Map<Who, Outcome> GUIDE = access(Outcome.SIGN_IN, Outcome.FORBIDDEN, Outcome.ALLOWED,
			Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.FORBIDDEN);

	/** The public list and map per area, and the way there: an initiative is public work. */
	static final List<Row> LISTING = List.of(
			row("GET /initiatieven", EVERYONE, data -> get("/initiatieven").param("plaats", "9711")),
			row("GET /gebied/{code}/initiatieven", EVERYONE, data -> get("/gebied/{code}/initiatieven", "WK034406")),
			row("GET /api/v1/areas/{code}/initiatives", EVERYONE,
					data -> get("/api/v1/areas/{code}/initiatives", "WK034406")),
			row("GET /api/v1/initiatives/{id}", EVERYONE,
					data -> get("/api/v1/initiatives/{id}", in(data, InitiativeStatus.RUNNING))));

	static final List<Row> LIFECYCLE = List.of(
			// Public: the page, the photos; supporting needs an account
			row("GET /initiatieven/{id}", EVERYONE, data -> get("/initiatieven/{id}", in(data, InitiativeStatus.RUNNING))),
			row("GET /initiatieven/{id}/nieuws/{update}/foto", EVERYONE,
					data -> get("/initiatieven/{id}/nieuws/{update}/foto", in(data, InitiativeStatus.RUNNING),
							UUID.randomUUID())).answering(404),
			row("GET /initiatieven/{id}/steunen", SIGNED_IN,
					data -> get("/initiatieven/{id}/steunen", in(data, InitiativeStatus.IDEA))),
			row("POST /initiatieven/{id}/steunen", SIGNED_IN,
					data -> post("/initiatieven/{id}/steunen", in(data, InitiativeStatus.IDEA))),
			row("POST /initiatieven/{id}/steun-intrekken", SIGNED_IN,
					data -> post("/initiatieven/{id}/steun-intrekken", in(data, InitiativeStatus.IDEA))),
			row("GET /mijn-initiatieven", SIGNED_IN, data -> get("/mijn-initiatieven")),

			// Starting, planning and submitting: the initiators only, none of the columns
			row("GET /initiatieven/nieuw", SIGNED_IN, data -> get("/initiatieven/nieuw")),
			row("POST /initiatieven/nieuw", SIGNED_IN, data -> post("/initiatieven/nieuw").param("title", "Bankje")
				.param("summary", "Een bankje bij de gracht voor iedereen.")
				.param("initiatorName", "Bewoners Oudegracht")
				.param("postcode", "3511")),
			row("GET /initiatieven/{id}/bewerken", GUIDE, data -> get("/initiatieven/{id}/bewerken", guided(data))),
			row("POST /initiatieven/{id}/bewerken", GUIDE,
					data -> post("/initiatieven/{id}/bewerken", guided(data)).param("title", "Bankje aan de gracht")
						.param("summary", "Een bankje bij de gracht voor iedereen.")
						.param("initiatorName", "Bewoners Oudegracht")),
			row("GET /initiatieven/{id}/indienen", NOBODY, data -> get("/initiatieven/{id}/indienen", in(data, InitiativeStatus.IDEA))),
			row("POST /initiatieven/{id}/indienen", NOBODY,
					data -> post("/initiatieven/{id}/indienen", in(data, InitiativeStatus.IDEA))),

			// Guiding: taking in (who reaches the place), planning, deciding, running, ending
			row("POST /initiatieven/{id}/innemen", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/innemen", in(data, InitiativeStatus.SUBMITTED))),
			row("POST /initiatieven/{id}/plan", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/plan", guided(data, InitiativeStatus.INTAKE))),
			row("POST /initiatieven/{id}/besluit", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/besluit", guided(data)).param("decision", "grant")
						.param("amount", "1000")
						.param("reasons", "Past bij de buurt.")),
			row("POST /initiatieven/{id}/starten", GUIDE,
					data -> post("/initiatieven/{id}/starten", guided(data, InitiativeStatus.SUPPORTED))),
			row("POST /initiatieven/{id}/nieuws", GUIDE,
					data -> post("/initiatieven/{id}/nieuws", guided(data, InitiativeStatus.RUNNING)).param("text",
							"Het bankje staat er.")),
			row("POST /initiatieven/{id}/afronden", GUIDE,
					data -> post("/initiatieven/{id}/afronden", guided(data, InitiativeStatus.RUNNING))
						.param("outcome", "Het bankje wordt veel gebruikt.")
						.param("liveability", "Een rustplek aan de gracht.")
						.param("cohesion", "Buren maken er een praatje.")),
			row("POST /initiatieven/{id}/stoppen", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/stoppen", guided(data)).param("reason", "Geen plek voor het bankje.")),
			row("POST /initiatieven/{id}/koppelen", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/koppelen", guided(data)).param("kind", "organisation")
						.param("asset", data.socialMap.organisation().toString())),
			row("POST /initiatieven/{id}/ontkoppelen", GUIDE_OR_UTRECHT,
					data -> post("/initiatieven/{id}/ontkoppelen", guided(data)).param("kind", "organisation")
						.param("asset", data.socialMap.organisation().toString())),

			// The gemeente's rules
			row("GET /beheer/initiatiefregels", ADMINISTRATION, data -> get("/beheer/initiatiefregels")),
			row("POST /beheer/initiatiefregels/{gemeente}", UTRECHT,
					data -> post("/beheer/initiatiefregels/{gemeente}", "GM0344").param("minSupporters", "5")
						.param("leadWeeks", "8")
						.param("answerDays", "14")
						.param("maxAmount", "5000")));

	private InitiativeRows() {
	}

	private static UUID in(AuthorisationMatrix data, InitiativeStatus status) {
		return initiatives(data).inBinnenstad(status, null);
	}

	/** An initiative whose plan is being worked out with the PROFESSIONAL column as its guide. */
	private static UUID guided(AuthorisationMatrix data) {
		return guided(data, InitiativeStatus.PLAN);
	}

	private static UUID guided(AuthorisationMatrix data, InitiativeStatus status) {
		return initiatives(data).inBinnenstad(status, data.person(Who.PROFESSIONAL).value());
	}

	private static InitiativeCast initiatives(AuthorisationMatrix data) {
		return data.bean(InitiativeCast.class);
	}

	private static Map<Who, Outcome> access(Outcome... inColumnOrder) {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		Arrays.stream(Who.values()).forEach(who -> access.put(who, inColumnOrder[who.ordinal()]));
		return Collections.unmodifiableMap(access);
	}

}
