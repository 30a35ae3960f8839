package nl.speelveld.participation.processes;

import java.util.List;

import nl.speelveld.SpeelveldTest;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.AccountsFixture;
import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.ProcessFixture;
import nl.speelveld.participation.processes.ContributionRefused.Reason;
import nl.speelveld.participation.processes.TakingPart.OutsideTheArea;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static nl.speelveld.initiatives.InitiativeCast.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every contribution passes one gate: the refusals residents meet, each with its reason. */
@SpeelveldTest
class TakingPartTests {

	/** Wijk Centrum of Groningen: postcode 9712 lies in it, 9737 (Noordoost) does not. */
	private static final AreaCode CENTRUM = new AreaCode("WK001400");

	@Autowired
	TakingPart gate;

	@Autowired
	ProcessFixture processes;

	@Autowired
	ProcessSteps steps;

	@Autowired
	ProcessStore store;

	@Autowired
	AccountsFixture accounts;

	@Autowired
	List<PersonalDataHolder> holders;

	@Test
	void aProposalOutsideTheProposalPhaseIsRefused() {
		Process process = this.processes.process(CENTRUM, PhaseKind.INFORMATION, PhaseKind.PROPOSALS).open();
		UserId resident = resident();

		assertThatThrownBy(() -> as(resident, () -> this.gate.check(process, Contribution.PROPOSE)))
			.isInstanceOfSatisfying(ContributionRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.PHASE));
		assertThat(as(resident, () -> this.gate.can(process, Contribution.PROPOSE))).isFalse();

		Process inProposals = this.processes.inPhase(process, 1);
		assertThat(as(resident, () -> this.gate.check(inProposals, Contribution.PROPOSE))).isEqualTo(resident);
	}

	@Test
	void aClosedProcessTakesNothing() {
		Process process = this.processes.closed(this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open());

		assertThatThrownBy(() -> as(resident(), () -> this.gate.check(process, Contribution.SUPPORT)))
			.isInstanceOfSatisfying(ContributionRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.CLOSED));
	}

	@Test
	void aDraftIsNotThereForResidents() {
		Process draft = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).draft();

		assertThatThrownBy(() -> as(resident(), () -> this.gate.check(draft, Contribution.PROPOSE)))
			.isInstanceOf(ProcessNotFound.class);
	}

	@Test
	void takingPartNeedsSigningIn() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).open();

		assertThatThrownBy(() -> this.gate.check(process, Contribution.PROPOSE)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aProcessForResidentsTakesOnlyThoseWithAPostcodeInsideTheArea() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).forResidentsOnly().open();
		UserId resident = resident();

		assertThatThrownBy(() -> as(resident, () -> this.gate.check(process, Contribution.PROPOSE)))
			.isInstanceOfSatisfying(ContributionRefused.class, refused -> assertThat(refused.reason()).isEqualTo(Reason.AREA));
		assertThatThrownBy(() -> as(resident, () -> this.gate.declareResidency(process, "9737")))
			.isInstanceOf(OutsideTheArea.class);
		assertThat(as(resident, () -> this.gate.needsResidency(process))).isTrue();

		as(resident, () -> this.gate.declareResidency(process, "9712 HN"));

		assertThat(as(resident, () -> this.gate.needsResidency(process))).isFalse();
		assertThat(as(resident, () -> this.gate.check(process, Contribution.PROPOSE))).isEqualTo(resident);
	}

	@Test
	void theCoordinatorRunsTheProcessThroughItsPhasesAndOthersCannot() {
		Process draft = this.processes.process(CENTRUM, PhaseKind.PROPOSALS, PhaseKind.ASSESSMENT).draft();
		UserId coordinator = this.accounts.coordinator(AccountsFixture.email("traject"),
				this.accounts.organisation("Gemeente Groningen " + draft.id(), OrganisationType.GEMEENTE, "GM0014"),
				new AreaCode("GM0014"));

		assertThatThrownBy(() -> as(resident(), () -> this.steps.advance(draft))).isInstanceOf(AccessDeniedException.class);

		Process opened = as(coordinator, () -> this.steps.advance(draft));
		assertThat(opened.status()).isEqualTo(ProcessStatus.OPEN);
		assertThat(opened.phaseNow()).map(Phase::kind).contains(PhaseKind.PROPOSALS);
		assertThatThrownBy(() -> as(coordinator, () -> this.steps.advance(draft)))
			.as("a second press on a page read before the first").isInstanceOf(ProcessSteps.StepRefused.class);

		Process assessing = as(coordinator, () -> this.steps.advance(opened));
		Process closed = as(coordinator, () -> this.steps.advance(assessing));
		assertThat(closed.status()).isEqualTo(ProcessStatus.CLOSED);
		assertThat(closed.phaseNow()).isEmpty();
		assertThatThrownBy(() -> as(coordinator, () -> this.steps.advance(closed))).isInstanceOf(ProcessSteps.StepRefused.class);
	}

	@Test
	void thePostcodeGivenIsInTheDownloadAndGoneAfterErasure() {
		Process process = this.processes.process(CENTRUM, PhaseKind.PROPOSALS).forResidentsOnly().open();
		UserId resident = resident();
		as(resident, () -> this.gate.declareResidency(process, "9712"));
		PersonalDataHolder data = this.holders.stream()
			.filter(holder -> holder.section().equals("participation-processes"))
			.findFirst()
			.orElseThrow();

		assertThat(data.export(resident)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("table", "participation_residency").containsEntry("postcode", "9712"));
		data.erase(resident);

		assertThat(data.export(resident)).isEmpty();
		assertThat(as(resident, () -> this.gate.needsResidency(process))).isTrue();
	}

	private UserId resident() {
		String email = AccountsFixture.email("deelnemer");
		return this.accounts.person(email, "Deelnemer");
	}

}
