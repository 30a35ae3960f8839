package nl.speelveld.participation.web;

import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A proposal after it is made: held ones stay out of sight of the public, only the owner answers and always
 * with reasons, one support per resident, and the list and API filter, sort and page alike.
 */
@SpeelveldTest
class ProposalAnswersTests extends ProposalCase {

	@Test
	void heldProposalsStayOutOfSightOfThePublicButNotOfTheirAuthor() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).premoderation(Premoderation.ALL).open();
		UserId author = resident();
		assertThat(propose(process, author, "Een jeu-de-boulesbaan")).hasStatus3xxRedirection();
		UUID id = this.jdbc.sql("select id from participation_proposal where process_id = ?").param(process.id())
			.query(UUID.class)
			.single();
		assertThat(this.jdbc.sql("select moderation from participation_proposal where id = ?").param(id).query(String.class)
			.single()).isEqualTo("held");

		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen", process.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("Een jeu-de-boulesbaan");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatus(404);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(resident())))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals", process.id())).hasStatusOk()
			.bodyText()
			.doesNotContain("jeu-de-boules");

		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen", process.id()).with(as(author))).hasStatusOk()
			.bodyText()
			.contains("Een jeu-de-boulesbaan", "Wacht op een moderator");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(author)))
			.hasStatusOk()
			.bodyText()
			.contains("Wacht op een moderator");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(coordinator())))
			.as("who moderates the area sees what waits, to decide on it")
			.hasStatusOk()
			.bodyText()
			.contains("Een jeu-de-boulesbaan");
	}

	@Test
	void theOwnerAnswersWithReasonsAndTheAuthorAndSupportersHearOfIt() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId author = resident();
		UserId supporter = resident();
		UUID id = this.proposals.proposal(process, author, "Een zebrapad bij school");
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(supporter))
			.with(csrf())).hasStatus3xxRedirection();
		UserId coordinator = coordinator();

		assertThat(answer(process, id, coordinator, "adopted", "")).hasStatus(400)
			.bodyText()
			.contains("Schrijf op waarom.");
		assertThat(answer(process, id, coordinator, "council", "Past in het verkeersplan.")).hasStatus(400)
			.bodyText()
			.contains("Noem het raadsbesluit");
		assertThat(answer(process, id, coordinator, "maybe", "Past in het verkeersplan.")).hasStatus(400)
			.bodyText()
			.contains("Kies wat er met het voorstel gebeurt.");
		assertThat(outcome(id)).isNull();

		assertThat(answer(process, id, coordinator, "adopted", "Past in het verkeersplan voor de wijk."))
			.hasStatus3xxRedirection();
		assertThat(outcome(id)).isEqualTo("adopted");
		assertThat(notices(author, "proposal.notice.author.adopted")).isEqualTo(1);
		assertThat(notices(supporter, "proposal.notice.supporter.adopted")).isEqualTo(1);
		assertThat(notices(coordinator, "proposal.notice.")).isZero();
		assertThat(this.jdbc.sql("select count(*) from acc_audit where action = 'participation-proposal-answered' and subject_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.contains("Overgenomen", "Past in het verkeersplan voor de wijk.");

		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/uitkomst", process.id(), id).with(as(coordinator))
			.with(csrf())
			.param("outcome", "council")
			.param("reason", "De raad besloot erover.")
			.param("councilDecision", "Raadsbesluit 2025-117 Verkeersveilige schoolroutes")).hasStatus3xxRedirection();
		assertThat(outcome(id)).isEqualTo("council");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id)).hasStatusOk()
			.bodyText()
			.contains("Raadsbesluit: Raadsbesluit 2025-117");
	}

	@Test
	void onlyThoseWhoRunTheProcessAnswer() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID id = this.proposals.proposal(process, resident(), "Een hondenuitlaatveld");
		assertThat(answer(process, id, resident(), "adopted", "Zo gaan we het doen.")).hasStatus(403);
		UUID amsterdam = this.accounts.organisation("Gemeente Amsterdam " + UUID.randomUUID(), OrganisationType.GEMEENTE,
				"GM0363");
		UserId elsewhere = this.accounts.coordinator(AccountsFixture.email("coordinator-amsterdam"), amsterdam,
				new AreaCode("GM0363"));
		assertThat(answer(process, id, elsewhere, "adopted", "Zo gaan we het doen.")).hasStatus(403);
		assertThat(outcome(id)).isNull();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen/{p}", process.id(), id).with(as(resident())))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Antwoord opslaan");
	}

	@Test
	void supportingYourOwnProposalIsRefusedAndSupportingTwiceCountsOnce() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId author = resident();
		UUID id = this.proposals.proposal(process, author, "Een buurtbibliotheek");
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(author))
			.with(csrf())).hasStatus(409).bodyText().contains("Je kunt je eigen voorstel niet steunen.");
		UserId neighbour = resident();
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steunen", process.id(), id).with(as(neighbour))
				.with(csrf())).hasStatus3xxRedirection();
		}
		assertThat(this.proposals.supporters(id)).isEqualTo(1);
		assertThat(this.mvc.post().uri("/participatie/{id}/voorstellen/{p}/steun-intrekken", process.id(), id)
			.with(as(neighbour))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.proposals.supporters(id)).isZero();
	}

	@Test
	void theListFiltersSortsAndPagesAndTheApiAnswersTheSame() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID bench = this.proposals.proposal(process, resident(), "Bankjes langs de gracht");
		this.proposals.proposal(process, resident(), "Speeltoestel voor peuters");
		this.jdbc.sql("update participation_proposal set supporters = 7, outcome = 'adopted', outcome_reason = 'Goed plan' where id = ?")
			.param(bench)
			.update();
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen?uitkomst=adopted", process.id())).hasStatusOk()
			.bodyText()
			.contains("Bankjes langs de gracht", "1 voorstel")
			.doesNotContain("Speeltoestel voor peuters");
		assertThat(this.mvc.get().uri("/participatie/{id}/voorstellen?q=speeltoestel&pagina=abc&uitkomst=raar", process.id()))
			.hasStatusOk()
			.bodyText()
			.contains("Speeltoestel voor peuters")
			.doesNotContain("Bankjes langs de gracht");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?sort=supported", process.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].title")
			.isEqualTo("Bankjes langs de gracht");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?q=gracht", process.id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].outcome")
			.isEqualTo("adopted");
		var bad = this.mvc.get().uri("/api/v1/processes/{id}/proposals?page=abc", process.id()).exchange();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals?outcome=maybe", process.id())).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/v1/processes/{id}/proposals", UUID.randomUUID())).hasStatus(404);
	}

}
