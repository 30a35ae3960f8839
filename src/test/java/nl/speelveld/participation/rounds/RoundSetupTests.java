package nl.speelveld.participation.rounds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.shared.Complaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The owner prepares a round: bad settings and projects are refused with reasons, and nothing changes once voting has begun. */
@SpeelveldTest
class RoundSetupTests {

	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	private ProcessFixture processes;

	@Autowired
	private RoundSetup setup;

	@Autowired
	private RoundStore store;

	@Autowired
	private AccountsFixture accounts;

	private UserId coordinator;

	@BeforeEach
	void aCoordinatorOfGroningen() {
		this.coordinator = this.accounts.coordinator(AccountsFixture.email("regisseur"),
				this.accounts.organisation("Gemeente Groningen " + UUID.randomUUID(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));
	}

	@Test
	void aRoundIsSavedWithItsCategoriesAndProjects() {
		Process process = draft();
		Complaints saved = as(this.coordinator, () -> this.setup.save(process,
				new RoundForm("€ 45.000,00", "knapsack", "greedy", "", "letter-code", "ja", "Groen: 20.000\nSpelen")));
		assertThat(saved.isEmpty()).isTrue();
		assertThat(as(this.coordinator, () -> this.setup.addProject(process,
				new ProjectForm("Geveltuinen", "Tegels eruit, planten erin.", "12500", "Groen", ""))).isEmpty()).isTrue();

		Round round = this.store.get(process.id());
		assertThat(round.budget()).isEqualTo(45_000);
		assertThat(round.ballotType()).isEqualTo(BallotType.KNAPSACK);
		assertThat(round.rule()).isEqualTo(Rule.GREEDY);
		assertThat(round.categories()).containsExactly(new Category("Groen", 20_000L), new Category("Spelen", null));
		assertThat(round.projects()).singleElement().satisfies(project -> {
			assertThat(project.position()).isEqualTo(1);
			assertThat(project.cost()).isEqualTo(12_500);
			assertThat(project.category()).isEqualTo("Groen");
		});
	}

	@Test
	void badSettingsAreRefusedFieldByFieldAndNothingIsStored() {
		Process process = draft();
		Complaints complaints = as(this.coordinator, () -> this.setup.save(process,
				new RoundForm("veel", "lot", "dobbelsteen", "-1", "account", null, "Groen: x\ngroen")));

		assertThat(complaints.all()).containsOnlyKeys("budget", "ballotType", "rule", "maxChoices", "verification", "categories");
		assertThat(this.store.of(process.id())).isEmpty();
	}

	@Test
	void votingByAccountNeedsAProcessForResidentsOfTheArea() {
		Process process = draft();
		assertThat(as(this.coordinator, () -> this.setup.save(process,
				new RoundForm("1000", "approval", "greedy", "", "account", "ja", ""))).get("verification"))
			.isEqualTo("round.form.verification.needs-residents");
	}

	@Test
	void aProjectThatCostsMoreThanTheBudgetOrHasAnUnknownCategoryIsRefused() {
		Process process = draft();
		as(this.coordinator, () -> this.setup.save(process, new RoundForm("1000", "approval", "greedy", "", "letter-code", "ja", "Groen")));
		Complaints complaints = as(this.coordinator,
				() -> this.setup.addProject(process, new ProjectForm("", "", "2000", "Blauw", "geen-id")));

		assertThat(complaints.all()).containsOnlyKeys("title", "cost", "category", "proposal");
		assertThat(this.store.get(process.id()).projects()).isEmpty();
	}

	@Test
	void aPabulibFileGivesTheRoundItsBudgetAndProjects() throws IOException {
		Process process = draft();
		String assen = new ClassPathResource("pabulib/Netherlands_Assen_2024.pb").getContentAsString(StandardCharsets.UTF_8);
		assertThat(as(this.coordinator, () -> this.setup.importPabulib(process, assen)).isEmpty()).isTrue();

		Round round = this.store.get(process.id());
		assertThat(round.budget()).isEqualTo(100_000);
		assertThat(round.rule()).isEqualTo(Rule.EQUAL_SHARES);
		assertThat(round.projects()).hasSize(14);
		assertThat(round.projects()).extracting(BudgetProject::title).contains("PopUp Podium");
		assertThat(this.store.ballotCount(process.id())).isZero();

		assertThat(as(this.coordinator, () -> this.setup.importPabulib(process, "geen pabulib")).all()).containsKey("file");
		assertThat(this.store.get(process.id()).projects()).hasSize(14);
	}

	@Test
	void onceVotingHasBegunTheRoundStaysAsItIs() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.VOTING).withBudgeting().draft();
		as(this.coordinator, () -> this.setup.save(process, new RoundForm("1000", "approval", "greedy", "", "letter-code", "ja", "")));
		Process voting = this.processes.inPhase(process, 1);

		assertThatThrownBy(() -> as(this.coordinator, () -> this.setup.save(voting,
				new RoundForm("9000", "approval", "greedy", "", "letter-code", "ja", ""))))
			.isInstanceOfSatisfying(RoundRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo(RoundRefused.VOTING_STARTED));
		assertThat(this.store.get(process.id()).budget()).isEqualTo(1000);
	}

	@Test
	void onlyThoseWhoRunTheProcessPrepareItsRound() {
		Process process = draft();
		UserId resident = this.accounts.person(AccountsFixture.email("bewoner"), "Bewoner");
		assertThatThrownBy(() -> as(resident, () -> this.setup.save(process,
				new RoundForm("1000", "approval", "greedy", "", "letter-code", "ja", ""))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.store.of(process.id())).isEmpty();
	}

	private Process draft() {
		return this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.VOTING).withBudgeting().draft();
	}

}
