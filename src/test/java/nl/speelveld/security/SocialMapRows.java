package nl.speelveld.security;

import java.util.List;
import java.util.UUID;

import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.socialmap.hsds.HsdsTaxonomy;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATORS;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.OWN_OR_UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.PROFESSIONALS;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static nl.speelveld.security.AuthorisationMatrix.upload;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the social map and the role typology. */
final class SocialMapRows {

	/** Public work data: who works where, the playing field, search. */
	static final List<Row> PUBLIC = List.of(
			// Social map: who works here, profiles, places
			row("GET /wie-werkt-hier", EVERYONE, data -> get("/wie-werkt-hier").param("postcode", "3511")),
			row("GET /gebied/{code}/wie-werkt-hier", EVERYONE, data -> get("/gebied/{code}/wie-werkt-hier", "WK034406")),
			row("GET /gebied/{code}/organisaties", EVERYONE, data -> get("/gebied/{code}/organisaties", "WK034406")),
			row("GET /gebied/{code}/plekken", EVERYONE, data -> get("/gebied/{code}/plekken", "WK034406")),
			row("GET /professionals/{id}", EVERYONE, data -> get("/professionals/{id}", data.socialMap.professional())),
			row("GET /organisaties/{id}", EVERYONE, data -> get("/organisaties/{id}", data.socialMap.organisation())),
			row("GET /plekken/{id}", EVERYONE, data -> get("/plekken/{id}", data.socialMap.place())),
			row("GET /api/v1/areas/{code}/posts", EVERYONE, data -> get("/api/v1/areas/{code}/posts", "WK034406")),
			row("GET /api/v1/areas/{code}/places", EVERYONE, data -> get("/api/v1/areas/{code}/places", "WK034406")),
			// Playing field per area and the exploration of roles, goals and themes: public work data
			row("GET /gebied/{code}/speelveld", EVERYONE, data -> get("/gebied/{code}/speelveld", "WK034406")),
			row("GET /api/v1/areas/{code}/playing-field", EVERYONE,
					data -> get("/api/v1/areas/{code}/playing-field", "WK034406")),
			row("GET /verkenning", EVERYONE, data -> get("/verkenning").param("gemeente", "GM0344")),
			row("GET /verkenning.csv", EVERYONE, data -> get("/verkenning.csv").param("gemeente", "GM0344")),
			// Search in the social map
			row("GET /sociale-kaart/zoeken", EVERYONE, data -> get("/sociale-kaart/zoeken").param("q", "wijkagent")),
			row("GET /api/v1/search", EVERYONE, data -> get("/api/v1/search").param("q", "wijkagent")));

	/** Keeping the map: freshness, the role typology, editing, imports and HSDS. */
	static final List<Row> KEEPING = List.of(
			// Freshness of the social map: the confirmation link in a reminder, and the coordinators' list
			row("GET /sociale-kaart/bevestigen/{token}", EVERYONE,
					data -> get("/sociale-kaart/bevestigen/{token}", data.confirmationToken())),
			row("POST /sociale-kaart/bevestigen/{token}", EVERYONE,
					data -> post("/sociale-kaart/bevestigen/{token}", data.confirmationToken())
						.param("item", "post:" + data.stalePost)),
			row("GET /sociale-kaart/bevestigd", EVERYONE, data -> get("/sociale-kaart/bevestigd")),
			row("GET /beheer/sociale-kaart/verouderd", ADMINISTRATION, data -> get("/beheer/sociale-kaart/verouderd")),
			row("POST /beheer/sociale-kaart/verouderd/{kind}/{id}/bevestigen", UTRECHT,
					data -> post("/beheer/sociale-kaart/verouderd/{kind}/{id}/bevestigen", "post", data.stalePost)),
			// Once a day per entry: later examples are refused with a notice on the page, still a redirect.
			row("POST /beheer/sociale-kaart/verouderd/{kind}/{id}/herinneren", UTRECHT,
					data -> post("/beheer/sociale-kaart/verouderd/{kind}/{id}/herinneren", "post", data.stalePost)),

			// Role typology administration
			row("GET /beheer/rollen", ADMINISTRATION, data -> get("/beheer/rollen")),
			row("POST /beheer/rollen/functienamen", UTRECHT, data -> post("/beheer/rollen/functienamen")
				.param("rol", "buurtconcierge")
				.param("titel", "Buurtbeheerder " + UUID.randomUUID().toString().substring(0, 8))
				.param("gemeente", "GM0344")),
			row("POST /beheer/rollen", ADMINISTRATION, data -> post("/beheer/rollen")
				.param("code", "matrixrol-" + UUID.randomUUID().toString().substring(0, 8))
				.param("naam", "Proefrol")
				.param("naamEngels", "Trial role")
				.param("definitie", "Een rol die alleen in tests bestaat.")
				.param("definitieEngels", "A role that exists only in tests.")
				.param("gewichtG1", "0,5")
				.param("gewichtG2", "0.25")
				.param("themas", "eenzaamheid")),

			// Social map: editing by professionals, coordinators and administrators, and the post import
			row("GET /account/werk", PROFESSIONALS, data -> get("/account/werk")),
			row("GET /account/werkprofiel", PROFESSIONALS, data -> get("/account/werkprofiel")),
			row("POST /account/werkprofiel", PROFESSIONALS,
					data -> post("/account/werkprofiel").param("naam", "Olga Opbouw").param("over", "Werkt in de Binnenstad.")),
			row("GET /sociale-kaart/posten/nieuw", PROFESSIONALS,
					data -> get("/sociale-kaart/posten/nieuw").param("rol", "opbouwwerker")),
			row("POST /sociale-kaart/posten/nieuw", OWN_OR_UTRECHT, data -> data.postForm(post("/sociale-kaart/posten/nieuw"))),
			row("GET /sociale-kaart/posten/{id}/bewerken", OWN_OR_UTRECHT,
					data -> get("/sociale-kaart/posten/{id}/bewerken", data.socialMap.post())),
			row("POST /sociale-kaart/posten/{id}/bewerken", OWN_OR_UTRECHT,
					data -> data.postForm(post("/sociale-kaart/posten/{id}/bewerken", data.socialMap.post()))),
			row("POST /sociale-kaart/posten/{id}/beeindigen", OWN_OR_UTRECHT,
					data -> post("/sociale-kaart/posten/{id}/beeindigen", data.newPost())),
			row("GET /sociale-kaart/organisaties/nieuw", ADMINISTRATION, data -> get("/sociale-kaart/organisaties/nieuw")),
			row("POST /sociale-kaart/organisaties/nieuw", UTRECHT, data -> post("/sociale-kaart/organisaties/nieuw")
				.param("naam", "Buurtvereniging Utrecht Oost")
				.param("soort", "vereniging")
				.param("gebied", "WK034405")),
			row("GET /sociale-kaart/organisaties/{id}/bewerken", UTRECHT,
					data -> get("/sociale-kaart/organisaties/{id}/bewerken", data.socialMap.organisation())),
			row("POST /sociale-kaart/organisaties/{id}/bewerken", UTRECHT,
					data -> post("/sociale-kaart/organisaties/{id}/bewerken", data.socialMap.organisation())
						.param("naam", "Politie Utrecht Oost")
						.param("soort", "politie")
						.param("gebied", "GM0344")),
			row("GET /sociale-kaart/plekken/nieuw", ADMINISTRATION, data -> get("/sociale-kaart/plekken/nieuw")),
			row("POST /sociale-kaart/plekken/nieuw", UTRECHT, data -> post("/sociale-kaart/plekken/nieuw")
				.param("soort", "speeltuin")
				.param("naam", "Speeltuin Voorbeeld")
				.param("gebied", "WK034406")),
			row("GET /sociale-kaart/plekken/{id}/bewerken", UTRECHT,
					data -> get("/sociale-kaart/plekken/{id}/bewerken", data.socialMap.place())),
			row("POST /sociale-kaart/plekken/{id}/bewerken", UTRECHT,
					data -> post("/sociale-kaart/plekken/{id}/bewerken", data.socialMap.place())
						.param("soort", "buurthuis")
						.param("naam", "Buurthuis Voorbeeld")
						.param("gebied", "WK034406")),
			row("GET /sociale-kaart/diensten/nieuw", ADMINISTRATION, data -> get("/sociale-kaart/diensten/nieuw")),
			row("POST /sociale-kaart/diensten/nieuw", UTRECHT, data -> post("/sociale-kaart/diensten/nieuw")
				.param("organisatie", data.socialMap.organisation().toString())
				.param("naam", "Spreekuur op het bureau")
				.param("gebied", "WK034406")),
			row("GET /sociale-kaart/diensten/{id}/bewerken", UTRECHT,
					data -> get("/sociale-kaart/diensten/{id}/bewerken", data.socialMap.service())),
			row("POST /sociale-kaart/diensten/{id}/bewerken", UTRECHT,
					data -> post("/sociale-kaart/diensten/{id}/bewerken", data.socialMap.service())
						.param("organisatie", data.socialMap.organisation().toString())
						.param("naam", "Buurtspreekuur")
						.param("gebied", "WK034406")),
			row("GET /beheer/sociale-kaart", ADMINISTRATION, data -> get("/beheer/sociale-kaart")),
			row("GET /beheer/sociale-kaart/import", ADMINISTRATION, data -> get("/beheer/sociale-kaart/import")),
			row("GET /beheer/sociale-kaart/import/voorbeeld.csv", ADMINISTRATION,
					data -> get("/beheer/sociale-kaart/import/voorbeeld.csv")),
			// A coordinator of Amsterdam may import, but not this file of Utrecht posts.
			row("POST /beheer/sociale-kaart/import", UTRECHT, data -> upload("/beheer/sociale-kaart/import",
					"rol;titel;organisatie;gebieden\nwijkagent;Wijkagent Oost;Politie Utrecht Oost;WK034405\n")),

			// Social map: Open Referral HSDS 3.0, the public API and the exchange in the administration
			row("GET /api/hsds/v3", EVERYONE, data -> get("/api/hsds/v3")),
			row("GET /api/hsds/v3/", EVERYONE, data -> get("/api/hsds/v3/")),
			row("GET /api/hsds/v3/services", EVERYONE, data -> get("/api/hsds/v3/services").param("area", "GM0344")),
			row("GET /api/hsds/v3/services/{id}", EVERYONE,
					data -> get("/api/hsds/v3/services/{id}", data.hsds.post())),
			row("GET /api/hsds/v3/organizations", EVERYONE, data -> get("/api/hsds/v3/organizations")),
			row("GET /api/hsds/v3/organizations/{id}", EVERYONE,
					data -> get("/api/hsds/v3/organizations/{id}", data.hsds.organisation())),
			row("GET /api/hsds/v3/service_at_locations", EVERYONE, data -> get("/api/hsds/v3/service_at_locations")),
			row("GET /api/hsds/v3/service_at_locations/{id}", EVERYONE,
					data -> get("/api/hsds/v3/service_at_locations/{id}", data.serviceAtLocation)),
			row("GET /api/hsds/v3/taxonomies", EVERYONE, data -> get("/api/hsds/v3/taxonomies")),
			row("GET /api/hsds/v3/taxonomies/{id}", EVERYONE,
					data -> get("/api/hsds/v3/taxonomies/{id}", HsdsTaxonomy.ROLE_TYPES.id())),
			row("GET /api/hsds/v3/taxonomy_terms", EVERYONE, data -> get("/api/hsds/v3/taxonomy_terms")),
			row("GET /api/hsds/v3/taxonomy_terms/{id}", EVERYONE,
					data -> get("/api/hsds/v3/taxonomy_terms/{id}", HsdsTaxonomy.ROLE_TYPES.termId("wijkagent"))),
			row("GET /beheer/sociale-kaart/hsds", ADMINISTRATORS, data -> get("/beheer/sociale-kaart/hsds")),
			row("POST /beheer/sociale-kaart/hsds", ADMINISTRATORS, data -> post("/beheer/sociale-kaart/hsds")
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.with(request -> {
					request.addPart(new MockPart("bestand", "organisatie.json", data.hsdsOrganization(), MediaType.APPLICATION_JSON));
					return request;
				})),
			row("GET /beheer/sociale-kaart/hsds/export", ADMINISTRATORS,
					data -> get("/beheer/sociale-kaart/hsds/export").param("gebied", "GM0344")));

	private SocialMapRows() {
	}

}
