package nl.speelveld.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.security.AuthorisationMatrix.Outcome;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.security.AuthorisationMatrix.Who;
import nl.speelveld.socialmap.assets.AssetsFixture;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.OWN_OR_UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.PROFESSIONALS;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for the asset map: the buurtkaart, activities and residents' gifts. */
final class AssetRows {

	/** A resident's own gift: only they change it; everyone else signed in is refused. */
	static final Map<Who, Outcome> OWN_GIFT = ownGift();

	static final List<Row> ASSETS = List.of(
			// The buurtkaart and its API: public data only, whoever asks
			row("GET /gebied/{code}/buurtkaart", EVERYONE, data -> get("/gebied/{code}/buurtkaart", "WK034406")
				.param("categorie", "places", "gifts")),
			row("GET /api/v1/areas/{code}/assets", EVERYONE, data -> get("/api/v1/areas/{code}/assets", "WK034406")),
			row("GET /activiteiten/{id}", EVERYONE, data -> get("/activiteiten/{id}", activity(data))),
			// Activities: professionals add them; the owner, the area's coordinators and administrators change them
			row("GET /sociale-kaart/activiteiten/nieuw", PROFESSIONALS,
					data -> get("/sociale-kaart/activiteiten/nieuw").param("gebied", "WK034406")),
			row("POST /sociale-kaart/activiteiten/nieuw", PROFESSIONALS, data -> post("/sociale-kaart/activiteiten/nieuw")
				.param("naam", "Koffieochtend " + UUID.randomUUID().toString().substring(0, 8))
				.param("wanneer", "elke dinsdag 10-12 uur")
				.param("gebied", "WK034406")),
			row("GET /sociale-kaart/activiteiten/{id}/bewerken", OWN_OR_UTRECHT,
					data -> get("/sociale-kaart/activiteiten/{id}/bewerken", activity(data))),
			row("POST /sociale-kaart/activiteiten/{id}/bewerken", OWN_OR_UTRECHT,
					data -> post("/sociale-kaart/activiteiten/{id}/bewerken", activity(data)).param("naam", "Wandelgroep")
						.param("gebied", "WK034406")),
			// Gifts of residents: their own, with consent; all of an area for professionals (audited)
			row("GET /mijn-gaven", SIGNED_IN, data -> get("/mijn-gaven")),
			row("POST /mijn-gaven", SIGNED_IN, data -> post("/mijn-gaven").param("tekst", "Ik kan goed koken.")
				.param("soort", "gave")
				.param("postcode", "3511")
				.param("toestemming", "ja")),
			row("POST /mijn-gaven/{id}/zichtbaarheid", OWN_GIFT,
					data -> post("/mijn-gaven/{id}/zichtbaarheid", gift(data)).param("zichtbaar", "public")),
			row("POST /mijn-gaven/{id}/intrekken", OWN_GIFT, data -> post("/mijn-gaven/{id}/intrekken", gift(data))),
			row("GET /gebied/{code}/gaven", PROFESSIONALS, data -> get("/gebied/{code}/gaven", "WK034406")));

	private AssetRows() {
	}

	/** An activity in the Binnenstad that the professional added: new for each example. */
	private static UUID activity(AuthorisationMatrix data) {
		return data.bean(AssetsFixture.class)
			.activity("Buurtmaaltijd", "WK034406", 52.09, 5.12, data.person(Who.PROFESSIONAL).value());
	}

	/** A gift of the resident: new for each example, as withdrawing deletes it. */
	private static UUID gift(AuthorisationMatrix data) {
		return data.bean(AssetsFixture.class).gift(data.person(Who.RESIDENT).value(), "Ik heb een aanhanger.", "WK034406",
				false);
	}

	private static Map<Who, Outcome> ownGift() {
		Map<Who, Outcome> access = new EnumMap<>(Who.class);
		for (Who who : Who.values()) {
			access.put(who, switch (who) {
				case ANONYMOUS -> Outcome.SIGN_IN;
				case RESIDENT -> Outcome.ALLOWED;
				default -> Outcome.FORBIDDEN;
			});
		}
		return Collections.unmodifiableMap(access);
	}

}
