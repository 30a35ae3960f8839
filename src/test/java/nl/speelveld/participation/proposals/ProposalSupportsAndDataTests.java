package nl.speelveld.participation.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.ProposalFixture;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One support per resident, even when two clicks race; what a person wrote and supported is in their
 * download and leaves with them on erasure, while the proposal stays under a neutral name; and the report's
 * overview counts the outcomes.
 */
@SpeelveldTest
class ProposalSupportsAndDataTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	Supports supports;

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProposalFixture proposals;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	ProposalPersonalData personalData;

	@Autowired
	ProposalOutcomes outcomes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoSupportsAtOnceByTheSameResidentCountOnce() throws Exception {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID id = this.proposals.proposal(process, resident(), "Een waterpunt in het park");
		UserId neighbour = resident();
		for (int round = 0; round < 5; round++) {
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				List<Future<Boolean>> clicks = new ArrayList<>();
				for (int click = 0; click < 2; click++) {
					Callable<Boolean> support = () -> {
						start.await();
						return as(neighbour, () -> this.supports.support(process, id));
					};
					clicks.add(pool.submit(support));
				}
				start.countDown();
				int added = 0;
				for (Future<Boolean> click : clicks) {
					added += click.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}
				assertThat(added).as("round %d", round).isLessThanOrEqualTo(1);
			}
			finally {
				pool.shutdownNow();
			}
			assertThat(this.proposals.supporters(id)).isEqualTo(1);
			assertThat(this.jdbc.sql("select count(*) from participation_proposal_supporter where proposal_id = ?").param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
			as(neighbour, () -> this.supports.withdraw(process, id));
			assertThat(this.proposals.supporters(id)).isZero();
		}
	}

	@Test
	void theDownloadHoldsProposalsAndSupportsAndErasureLeavesTheProposalWithoutItsAuthor() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UserId author = resident();
		UserId supporter = resident();
		UUID own = this.proposals.proposal(process, author, "Een bloemenweide");
		UUID other = this.proposals.proposal(process, resident(), "Een pannaveldje");
		as(author, () -> this.supports.support(process, other));
		as(supporter, () -> this.supports.support(process, own));

		var rows = this.personalData.export(author);
		assertThat(rows).extracting(row -> row.get("table"))
			.contains("participation_proposal", "participation_proposal_supporter");
		assertThat(rows).extracting(row -> row.get("title")).contains("Een bloemenweide");

		this.personalData.erase(author);

		var kept = this.jdbc.sql("select author_id, author_name, supporters from participation_proposal where id = ?")
			.param(own)
			.query()
			.singleRow();
		assertThat(kept.get("author_id")).isNull();
		assertThat(kept.get("author_name")).isEqualTo("Oud-deelnemer");
		assertThat(kept.get("supporters")).isEqualTo(1);
		assertThat(this.proposals.supporters(other)).isZero();
		assertThat(this.personalData.export(author)).isEmpty();
	}

	@Test
	void theOverviewCountsEveryOutcomeAndListsTheAnsweredWithTheirReasons() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();
		UUID adopted = this.proposals.proposal(process, resident(), "Een tafeltennistafel");
		UUID council = this.proposals.proposal(process, resident(), "Een autovrije straat");
		this.proposals.proposal(process, resident(), "Een buurtfeest");
		this.proposals.proposal(process, resident(), "Iets dat wacht", "held");
		answer(adopted, "adopted", "Komt er in het voorjaar.", null);
		answer(council, "council", "De raad besloot erover.", "Raadsbesluit 2025-88");

		var overview = this.outcomes.of(process.id());

		assertThat(overview.count(Outcome.ADOPTED)).isEqualTo(1);
		assertThat(overview.count(Outcome.COUNCIL)).isEqualTo(1);
		assertThat(overview.count(Outcome.NOT_ADOPTED)).isZero();
		assertThat(overview.unanswered()).isEqualTo(1);
		assertThat(overview.total()).isEqualTo(3);
		assertThat(overview.answered()).extracting(ProposalOutcomes.Answered::title)
			.containsExactlyInAnyOrder("Een tafeltennistafel", "Een autovrije straat");
		assertThat(overview.answered()).filteredOn(answered -> answered.outcome() == Outcome.COUNCIL)
			.extracting(ProposalOutcomes.Answered::councilDecision)
			.containsExactly("Raadsbesluit 2025-88");
	}

	private void answer(UUID id, String outcome, String reason, String decision) {
		this.jdbc.sql("""
				update participation_proposal set outcome = ?, outcome_reason = ?, council_decision = ?, answered_at = now()
				where id = ?""")
			.params(outcome, reason, decision, id)
			.update();
	}

	private UserId resident() {
		return this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
	}

}
