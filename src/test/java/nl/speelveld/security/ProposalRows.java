package nl.speelveld.security;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.shared.security.FormGuardFixture;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for proposals in participation processes: reading is public,
 * proposing and supporting need an account, answering is for those who run the process (the coordinators
 * of its gemeente, here Utrecht, and administrators).
 */
final class ProposalRows {

	/** The Binnenstad of Utrecht, where the examples' processes run. */
	private static final AreaCode BINNENSTAD = new AreaCode("WK034406");

	static final List<Row> PROPOSALS = List.of(
			row("GET /participatie/{id}/voorstellen", EVERYONE, data -> get("/participatie/{id}/voorstellen", process(data).id())),
			row("GET /api/v1/processes/{id}/proposals", EVERYONE,
					data -> get("/api/v1/processes/{id}/proposals", process(data).id())),
			row("GET /participatie/{id}/voorstellen/{proposal}", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/voorstellen/{proposal}", process.id(), proposal(data, process));
			}),
			row("GET /participatie/{id}/voorstellen/{proposal}/foto/{n}", EVERYONE, data -> {
				Process process = process(data);
				return get("/participatie/{id}/voorstellen/{proposal}/foto/{n}", process.id(), proposal(data, process), "1");
			}).answering(404),
			row("GET /participatie/{id}/voorstellen/nieuw", SIGNED_IN,
					data -> get("/participatie/{id}/voorstellen/nieuw", process(data).id())),
			row("POST /participatie/{id}/voorstellen/nieuw", SIGNED_IN,
					data -> post("/participatie/{id}/voorstellen/nieuw", process(data).id()).param("title", "Een bankje aan de gracht")
						.param("body", "Een bankje om even uit te rusten, voor jong en oud.")
						.param("authorName", "Buurvrouw")
						.param("postcode", "3511")
						.with(data.bean(FormGuardFixture.class).passes())),
			row("GET /participatie/{id}/voorstellen/{proposal}/steunen", SIGNED_IN, data -> {
				Process process = process(data);
				return get("/participatie/{id}/voorstellen/{proposal}/steunen", process.id(), proposal(data, process));
			}),
			row("POST /participatie/{id}/voorstellen/{proposal}/steunen", SIGNED_IN, data -> {
				Process process = process(data);
				return post("/participatie/{id}/voorstellen/{proposal}/steunen", process.id(), proposal(data, process));
			}),
			row("POST /participatie/{id}/voorstellen/{proposal}/steun-intrekken", SIGNED_IN, data -> {
				Process process = process(data);
				return post("/participatie/{id}/voorstellen/{proposal}/steun-intrekken", process.id(), proposal(data, process));
			}),
			row("POST /participatie/{id}/voorstellen/{proposal}/uitkomst", UTRECHT, data -> {
				Process process = process(data);
				return post("/participatie/{id}/voorstellen/{proposal}/uitkomst", process.id(), proposal(data, process))
					.param("outcome", "partly")
					.param("reason", "Het bankje komt er, de picknicktafel niet.");
			}));

	private ProposalRows() {
	}

	/** A process in the Binnenstad of Utrecht, open in its phase for proposals: new for each example. */
	private static Process process(AuthorisationMatrix data) {
		return data.bean(ProcessFixture.class).process(BINNENSTAD, PhaseKind.PROPOSALS).open();
	}

	/** A visible proposal of someone who is none of the columns. */
	private static UUID proposal(AuthorisationMatrix data, Process process) {
		return data.bean(ProposalFixture.class).proposal(process, null, "Een picknicktafel " + UUID.randomUUID());
	}

}
