package nl.speelveld.security;

import java.util.List;

import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.security.AuthorisationMatrix.Row;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATORS;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.NOBODY;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the core: areas, the typology, signing in, accounts, administration. */
final class CoreRows {

	private static final String NEW_PASSWORD = "zeven grijze reigers wachten geduldig langs de vaart";

	/** Public pages and APIs of the areas and the typology, signing in, one's own account, administration. */
	static final List<Row> PUBLIC_AND_ACCOUNTS = List.of(
			// Public pages and the public API
			row("GET /", EVERYONE, data -> get("/")),
			row("GET /gebied/{code}", EVERYONE, data -> get("/gebied/{code}", "GM0344")),
			row("GET /gemeenten", EVERYONE, data -> get("/gemeenten")),
			row("GET /zoeken", EVERYONE, data -> get("/zoeken").param("q", "3511")),
			row("GET /privacy", EVERYONE, data -> get("/privacy")),
			row("GET /toegankelijkheid", EVERYONE, data -> get("/toegankelijkheid")),
			row("GET /api/v1/areas", EVERYONE, data -> get("/api/v1/areas").param("level", "gemeente")),
			row("GET /api/v1/areas/lookup", EVERYONE, data -> get("/api/v1/areas/lookup").param("postcode", "3511")),
			row("GET /api/v1/areas/{code}", EVERYONE, data -> get("/api/v1/areas/{code}", "GM0344")),
			row("GET /api/v1/areas/{code}/geometry", EVERYONE, data -> get("/api/v1/areas/{code}/geometry", "GM0344")),
			row("GET /api/v1/areas/{code}/children/geometry", EVERYONE,
					data -> get("/api/v1/areas/{code}/children/geometry", "GM0344")),
			row("GET /rollen", EVERYONE, data -> get("/rollen")),
			row("GET /api/v1/roles", EVERYONE, data -> get("/api/v1/roles")),
			row("GET /api/v1/roles/{code}", EVERYONE, data -> get("/api/v1/roles/{code}", "wijkagent")),
			row("GET /api/v1/focus-themes", EVERYONE, data -> get("/api/v1/focus-themes")),
			row("GET /v3/api-docs", EVERYONE, data -> get("/v3/api-docs")),
			row("GET /v3/api-docs.yaml", EVERYONE, data -> get("/v3/api-docs.yaml")),
			row("GET /v3/api-docs/swagger-config", EVERYONE, data -> get("/v3/api-docs/swagger-config")),
			row("GET /swagger-ui.html", EVERYONE, data -> get("/swagger-ui.html")),
			row("GET /actuator/health", EVERYONE, data -> get("/actuator/health")),
			row("GET /actuator/health/**", EVERYONE, data -> get("/actuator/health/liveness")),
			row("GET /actuator", NOBODY, data -> get("/actuator")),
			// The container forwards errors here; asked for directly, it has nothing to show.
			row("ANY /error", EVERYONE, data -> get("/error")).answering(404),

			// Signing in, out, and taking up an invitation
			row("GET /inloggen", EVERYONE, data -> get("/inloggen")),
			row("POST /inloggen/wachtwoord", EVERYONE, data -> post("/inloggen/wachtwoord")
				.param("email", data.passwordEmail)
				.param("wachtwoord", AccountsFixture.PASSWORD)),
			row("POST /inloggen/link", EVERYONE,
					data -> post("/inloggen/link").param("email", AccountsFixture.email("link"))),
			row("GET /inloggen/link-verstuurd", EVERYONE, data -> get("/inloggen/link-verstuurd")),
			row("GET /inloggen/link", EVERYONE, data -> get("/inloggen/link").param("token", "een-token")),
			row("POST /inloggen/link/bevestigen", EVERYONE,
					data -> post("/inloggen/link/bevestigen").param("token", data.signInToken())),
			row("POST /uitloggen", EVERYONE, data -> post("/uitloggen")),
			// Sign-in through the test identity provider: off to the provider, and back (here without a
			// matching request, so the sign-in page explains that it did not work).
			row("GET /oauth2/authorization/{registrationId}", EVERYONE,
					data -> get("/oauth2/authorization/{registrationId}", "testgemeente")),
			row("GET /login/oauth2/code/{registrationId}", EVERYONE,
					data -> get("/login/oauth2/code/{registrationId}", "testgemeente").param("code", "x").param("state", "y")),
			row("GET /uitnodiging/{token}", EVERYONE, data -> get("/uitnodiging/{token}", data.invitation)),
			row("POST /uitnodiging/{token}", EVERYONE, data -> post("/uitnodiging/{token}", data.newInvitation())
				.param("naam", "Nieuwe Collega")
				.param("wachtwoord", NEW_PASSWORD)),

			// One's own account
			row("GET /account", SIGNED_IN, data -> get("/account")),
			row("POST /account/naam", SIGNED_IN, data -> post("/account/naam").param("naam", "Nieuwe Naam")),
			row("POST /account/wachtwoord", SIGNED_IN, data -> post("/account/wachtwoord")
				.param("huidig", AccountsFixture.PASSWORD)
				.param("nieuw", NEW_PASSWORD)),
			row("POST /account/overal-uitloggen", SIGNED_IN, data -> post("/account/overal-uitloggen")),
			row("POST /account/meldingen", SIGNED_IN, data -> post("/account/meldingen").param("overzicht", "weekly")),
			row("GET /account/gegevens", SIGNED_IN, data -> get("/account/gegevens")),
			row("GET /account/verwijderen", SIGNED_IN, data -> get("/account/verwijderen")),
			// Without "zeker=ja" the page asks again: the example must leave the account in place.
			row("POST /account/verwijderen", SIGNED_IN, data -> post("/account/verwijderen")),

			// Administration
			row("GET /beheer", ADMINISTRATION, data -> get("/beheer")),
			row("GET /beheer/organisaties", ADMINISTRATION, data -> get("/beheer/organisaties")),
			row("POST /beheer/organisaties", UTRECHT, data -> post("/beheer/organisaties")
				.param("naam", "Speeltuinvereniging Utrecht")
				.param("soort", "vereniging")
				.param("gemeenten", "GM0344")),
			row("GET /beheer/organisaties/{id}", UTRECHT,
					data -> get("/beheer/organisaties/{id}", data.organisationInUtrecht)),
			row("POST /beheer/organisaties/{id}", UTRECHT,
					data -> post("/beheer/organisaties/{id}", data.organisationInUtrecht)
						.param("naam", "Buurtwerk Utrecht")
						.param("soort", "welzijnsorganisatie")
						.param("gemeenten", "GM0344")),
			row("POST /beheer/organisaties/{id}/uitnodigingen", UTRECHT,
					data -> post("/beheer/organisaties/{id}/uitnodigingen", data.organisationInUtrecht)
						.param("email", AccountsFixture.email("uitgenodigd"))
						.param("rol", "professional")),
			row("GET /beheer/mensen", ADMINISTRATION, data -> get("/beheer/mensen")),
			row("GET /beheer/mensen/{id}", UTRECHT, data -> get("/beheer/mensen/{id}", data.colleague.value())),
			row("POST /beheer/mensen/{id}/rollen", UTRECHT,
					data -> post("/beheer/mensen/{id}/rollen", data.colleague.value()).param("rol", "professional")
						.param("organisatie", data.organisationInUtrecht.toString())),
			row("POST /beheer/mensen/{id}/rollen/{grant}/intrekken", UTRECHT,
					data -> post("/beheer/mensen/{id}/rollen/{grant}/intrekken", data.colleague.value(),
							data.colleaguesGrant())),
			row("GET /beheer/audit", ADMINISTRATORS, data -> get("/beheer/audit")),
			row("GET /beheer/outbox", ADMINISTRATORS, data -> get("/beheer/outbox")));

	private CoreRows() {
	}

}
