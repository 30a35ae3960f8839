package nl.speelveld.security;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.discussion.DiscussionFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.security.AuthorisationMatrix.Row;
import nl.speelveld.shared.security.FormGuardFixture;

import static nl.speelveld.security.AuthorisationMatrix.ADMINISTRATION;
import static nl.speelveld.security.AuthorisationMatrix.EVERYONE;
import static nl.speelveld.security.AuthorisationMatrix.SIGNED_IN;
import static nl.speelveld.security.AuthorisationMatrix.UTRECHT;
import static nl.speelveld.security.AuthorisationMatrix.row;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The rows of {@link AuthorisationMatrix} for the discussion of proposals and its moderation. Moderating is
 * for administrators, coordinators and moderators of the area: the queue opens for every coordinator, and an
 * action on an item of Utrecht only for Utrecht's coordinator and administrators.
 */
final class ModerationRows {

	static final List<Row> DISCUSSION = List.of(
			row("POST /participatie/{id}/voorstellen/{pid}/argumenten", SIGNED_IN,
					data -> post("/participatie/{id}/voorstellen/{pid}/argumenten", args(data, proposal(data))).param("zijde", "for")
						.param("tekst", "Goed voor de buurt.")
						.with(guard(data))),
			row("POST /participatie/{id}/voorstellen/{pid}/reacties", SIGNED_IN,
					data -> post("/participatie/{id}/voorstellen/{pid}/reacties", args(data, proposal(data)))
						.param("tekst", "Een vraag over het voorstel.")
						.with(guard(data))),
			row("GET /participatie/{id}/voorstellen/{pid}/melden", SIGNED_IN, data -> {
				Discussed item = comment(data);
				return get("/participatie/{id}/voorstellen/{pid}/melden", item.process(), item.proposal()).param("soort", "reactie")
					.param("item", item.comment().toString());
			}),
			row("POST /participatie/{id}/voorstellen/{pid}/melden", SIGNED_IN, data -> {
				Discussed item = comment(data);
				return post("/participatie/{id}/voorstellen/{pid}/melden", item.process(), item.proposal()).param("soort", "reactie")
					.param("item", item.comment().toString())
					.param("reden", "spam")
					.with(guard(data));
			}));

	static final List<Row> MODERATION = List.of(
			row("GET /beheer/moderatie", ADMINISTRATION, data -> get("/beheer/moderatie")),
			row("GET /beheer/moderatie/logboek", ADMINISTRATION, data -> get("/beheer/moderatie/logboek")),
			row("POST /beheer/moderatie", UTRECHT, data -> post("/beheer/moderatie").param("item", "comment:" + comment(data).comment())
				.param("actie", "hide")
				.param("reden", "Reclame.")));

	private ModerationRows() {
	}

	/** A comment on a proposal in a process of Utrecht that takes comments now: new for each example. */
	record Discussed(UUID process, UUID proposal, UUID comment) {
	}

	private static Object[] args(AuthorisationMatrix data, Discussed proposal) {
		return new Object[] { proposal.process(), proposal.proposal() };
	}

	private static Discussed proposal(AuthorisationMatrix data) {
		Process process = data.bean(ProcessFixture.class).process(new AreaCode("GM0344"), PhaseKind.PROPOSALS).open();
		UUID proposal = data.bean(DiscussionFixture.class).proposal(process, null, "Een moestuin op het dak");
		return new Discussed(process.id(), proposal, proposal);
	}

	private static Discussed comment(AuthorisationMatrix data) {
		Discussed proposal = proposal(data);
		UUID comment = data.bean(DiscussionFixture.class).comment(proposal.proposal(), null, null, "Iemand", "Koop nu!", "visible");
		return new Discussed(proposal.process(), proposal.proposal(), comment);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor guard(AuthorisationMatrix data) {
		return data.bean(FormGuardFixture.class).passes();
	}

}
