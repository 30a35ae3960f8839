package nl.speelveld.security;

import java.util.List;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.rounds.Round;
import nl.speelveld.participation.rounds.RoundFixture;
import nl.speelveld.participation.rounds.Voting;
import nl.speelveld.security.AuthorisationMatrix.Row;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static nl.speelveld.security.AuthorisationMatrix.upload;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for budgeting rounds: voting is open to every household with a
 * letter code, signed in or not; preparing the round, its letters and its progress belong to those who run
 * the process (Utrecht's coordinator and administrators, for a process in Utrecht's Binnenstad).
 */
final class BudgetRoundRows {

	private static final AreaCode BINNENSTAD = new AreaCode("WK034406");

	static final List<Row> ROUNDS = List.of(
			row("GET /participatie/{id}/begroting", EVERYONE, data -> get("/participatie/{id}/begroting", voting(data).id())),
			row("POST /participatie/{id}/begroting/code", EVERYONE, data -> {
				Process process = voting(data);
				return post("/participatie/{id}/begroting/code", process.id())
					.param("code", rounds(data).codes(process, 1).get(0));
			}),
			row("POST /participatie/{id}/begroting/klaar", EVERYONE,
					data -> post("/participatie/{id}/begroting/klaar", voting(data).id())),
			// without a code given first, the ballot sends the visitor back to the round's page
			row("GET /participatie/{id}/begroting/stembiljet", EVERYONE,
					data -> get("/participatie/{id}/begroting/stembiljet", voting(data).id())),
			row("POST /participatie/{id}/begroting/stembiljet", EVERYONE,
					data -> post("/participatie/{id}/begroting/stembiljet", voting(data).id()).param("project", "1"))
				.answering(409),
			row("GET /participatie/{id}/begroting/uitslag", EVERYONE,
					data -> get("/participatie/{id}/begroting/uitslag", voted(data).id())),
			row("GET /participatie/{id}/begroting/stemmen.pb", EVERYONE,
					data -> get("/participatie/{id}/begroting/stemmen.pb", voted(data).id())),

			row("GET /beheer/participatie/{id}/begroting", UTRECHT,
					data -> get("/beheer/participatie/{id}/begroting", preparing(data).id())),
			row("POST /beheer/participatie/{id}/begroting", UTRECHT,
					data -> post("/beheer/participatie/{id}/begroting", preparing(data).id()).param("budget", "50.000")
						.param("ballotType", "knapsack")
						.param("rule", "equal-shares")
						.param("verification", "letter-code")
						.param("changeable", "ja")
						.param("categories", "Groen\nSpelen: 20000")),
			row("POST /beheer/participatie/{id}/begroting/projecten", UTRECHT,
					data -> post("/beheer/participatie/{id}/begroting/projecten", prepared(data).id())
						.param("title", "Bankjes in het park")
						.param("cost", "4000")),
			row("POST /beheer/participatie/{id}/begroting/projecten/{project}/verwijderen", UTRECHT, data -> {
				Process process = prepared(data);
				return post("/beheer/participatie/{id}/begroting/projecten/{project}/verwijderen", process.id(),
						rounds(data).roundOf(process).projects().get(0).id());
			}),
			row("POST /beheer/participatie/{id}/begroting/import", UTRECHT,
					data -> upload("/beheer/participatie/" + preparing(data).id() + "/begroting/import", """
							META
							key;value
							budget;10000
							vote_type;approval
							PROJECTS
							project_id;cost;name
							1;6000;Moestuin
							2;3000;Speeltoestel
							VOTES
							voter_id;vote
							""")),
			row("POST /beheer/participatie/{id}/begroting/lettercodes", UTRECHT, data -> {
				Process process = prepared(data);
				return post("/beheer/participatie/{id}/begroting/lettercodes", process.id()).param("adressen",
						"Oudegracht 1\nOudegracht 3");
			}),
			row("POST /beheer/participatie/{id}/begroting/projecten/{project}/voortgang", UTRECHT, data -> {
				Process process = voted(data);
				return post("/beheer/participatie/{id}/begroting/projecten/{project}/voortgang", process.id(),
						rounds(data).roundOf(process).projects().get(0).id())
					.param("voortgang", "underway")
					.param("tekst", "De bankjes zijn besteld.");
			}));

	private BudgetRoundRows() {
	}

	/** A process of Utrecht's Binnenstad in its voting phase, with a knapsack round by letter code. */
	private static Process voting(AuthorisationMatrix data) {
		Process process = processes(data).process(BINNENSTAD, PhaseKind.VOTING, PhaseKind.REPORTING).withBudgeting().open();
		rounds(data).knapsack(process, 10_000, 6_000, 3_000);
		return process;
	}

	/** A process whose voting is over, with one ballot for its first project. */
	private static Process voted(AuthorisationMatrix data) {
		Process process = voting(data);
		Round round = rounds(data).roundOf(process);
		Voting voting = data.bean(Voting.class);
		voting.cast(process, round, voting.byCode(process, round, rounds(data).codes(process, 1).get(0), "matrix"), List.of(1));
		return processes(data).inPhase(process, 1);
	}

	/** A draft with budgeting, before its round is set up. */
	private static Process preparing(AuthorisationMatrix data) {
		return processes(data).process(BINNENSTAD, PhaseKind.PROPOSALS, PhaseKind.VOTING).withBudgeting().draft();
	}

	/** A draft with its round set up. */
	private static Process prepared(AuthorisationMatrix data) {
		Process process = preparing(data);
		rounds(data).knapsack(process, 10_000, 5_000);
		return process;
	}

	private static ProcessFixture processes(AuthorisationMatrix data) {
		return data.bean(ProcessFixture.class);
	}

	private static RoundFixture rounds(AuthorisationMatrix data) {
		return data.bean(RoundFixture.class);
	}

}
