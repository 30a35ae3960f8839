package nl.speelveld.security;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.security.AuthorisationMatrix.Row;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.springframework.http.MediaType;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for participation processes: public pages and lists, and the
 * coordinator's pages, on processes in Utrecht's Binnenstad.
 */
final class ProcessRows {

	private static final AreaCode BINNENSTAD = new AreaCode("WK034406");

	static final List<Row> PROCESSES = List.of(
			// Public: the lists, the API and a process's page; giving a postcode needs an account
			row("GET /participatie", EVERYONE, data -> get("/participatie")),
			row("GET /gebied/{code}/participatie", EVERYONE, data -> get("/gebied/{code}/participatie", "WK034406")),
			row("GET /api/v1/areas/{code}/processes", EVERYONE, data -> get("/api/v1/areas/{code}/processes", "GM0344")),
			row("GET /participatie/{id}", EVERYONE, data -> get("/participatie/{id}", open(data).id())),
			row("GET /participatie/{id}/documenten/{document}", EVERYONE,
					data -> get("/participatie/{id}/documenten/{document}", open(data).id(), UUID.randomUUID())).answering(404),
			row("POST /participatie/{id}/woonplaats", SIGNED_IN, data -> post("/participatie/{id}/woonplaats",
					fixture(data).process(BINNENSTAD, PhaseKind.PROPOSALS).forResidentsOnly().open().id())
				.param("postcode", "3511")),

			// The coordinator's pages: coordinators prepare processes in their own areas (another gemeente's
			// coordinator gets a message at the area field), and run only those
			row("GET /beheer/participatie", ADMINISTRATION, data -> get("/beheer/participatie")),
			row("GET /beheer/participatie/nieuw", ADMINISTRATION, data -> get("/beheer/participatie/nieuw")),
			row("POST /beheer/participatie/nieuw", ADMINISTRATION, data -> filled(post("/beheer/participatie/nieuw")))
				.answering(400),
			row("GET /beheer/participatie/{id}", UTRECHT, data -> get("/beheer/participatie/{id}", open(data).id())),
			row("POST /beheer/participatie/{id}", UTRECHT,
					data -> filled(post("/beheer/participatie/{id}", open(data).id()))),
			row("POST /beheer/participatie/{id}/volgende-fase", UTRECHT,
					data -> post("/beheer/participatie/{id}/volgende-fase", open(data).id()).param("vanaf", "open:0")),
			row("POST /beheer/participatie/{id}/documenten", UTRECHT,
					data -> post("/beheer/participatie/{id}/documenten", open(data).id()).contentType(MediaType.MULTIPART_FORM_DATA)
						.param("titel", "Raadsbesluit")
						.param("adres", "https://www.utrecht.nl/raadsbesluit")),
			row("POST /beheer/participatie/{id}/documenten/{document}/verwijderen", UTRECHT,
					data -> post("/beheer/participatie/{id}/documenten/{document}/verwijderen", open(data).id(),
							UUID.randomUUID())),
			row("POST /beheer/participatie/{id}/verantwoording", UTRECHT,
					data -> post("/beheer/participatie/{id}/verantwoording", open(data).id())
						.param("verantwoording", "Alle voorstellen zijn beantwoord; de drie met de meeste steun komen er.")));

	private ProcessRows() {
	}

	/** An open process in Utrecht's Binnenstad, in its first of two phases. */
	private static Process open(AuthorisationMatrix data) {
		return fixture(data).process(BINNENSTAD, PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT).open();
	}

	private static ProcessFixture fixture(AuthorisationMatrix data) {
		return data.bean(ProcessFixture.class);
	}

	/** A complete, valid process form for Utrecht's Binnenstad. */
	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
		return request.param("area", "WK034406")
			.param("title", "Ideeën voor het Lepelenburgpark " + UUID.randomUUID().toString().substring(0, 8))
			.param("question", "Wat moet er beter in het park?")
			.param("influence", "De gemeente neemt de voorstellen met de meeste steun mee in het ontwerp.")
			.param("ownerName", "Gemeente Utrecht, wijkbureau Binnenstad")
			.param("rung", "adviseren")
			.param("legalBasis", "participatieverordening")
			.param("eligibility", "signed_in")
			.param("premoderation", "newcomers")
			.param("components", "proposals")
			.param("phaseKind", "proposals", "assessment")
			.param("phaseTitle", "Ideeën", "Beoordeling")
			.param("phaseStart", "2027-03-01", "2027-04-01")
			.param("phaseEnd", "2027-03-31", "2027-04-30");
	}

}
