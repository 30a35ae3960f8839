package nl.speelveld.security;

import java.util.List;

import nl.speelveld.security.AuthorisationMatrix.Row;

import org.springframework.http.MediaType;

import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The rows of {@link AuthorisationMatrix} for participatory budgeting. */
final class BudgetingRows {

	/** The tally API counts an uploaded Pabulib file and stores nothing: open to everyone, no CSRF token. */
	static final List<Row> TALLY = List.of(row("POST /api/v1/budgeting/tally", EVERYONE,
			data -> post("/api/v1/budgeting/tally").contentType(MediaType.TEXT_PLAIN).content("""
					META
					key;value
					budget;100
					rule;greedy
					PROJECTS
					project_id;cost;name
					1;60;Bankje
					2;50;Boom
					VOTES
					voter_id;vote
					1;1,2
					2;2
					""")));

	private BudgetingRows() {
	}

}
