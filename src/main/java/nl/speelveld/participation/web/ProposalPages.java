package nl.speelveld.participation.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.participation.proposals.Proposal;
import nl.speelveld.participation.proposals.ProposalForm;
import nl.speelveld.participation.proposals.ProposalList;
import nl.speelveld.participation.proposals.ProposalNotFound;
import nl.speelveld.participation.proposals.ProposalQuery;
import nl.speelveld.participation.proposals.ProposalRefused;
import nl.speelveld.participation.proposals.ProposalStore;
import nl.speelveld.participation.proposals.Supports;
import nl.speelveld.shared.Complaints;
import nl.speelveld.shared.Problem.Kind;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the proposal pages show, as the visitor may see it: a process that uses proposals, a proposal that
 * the public sees (or one that waits for a moderator, to its author and to those who run the process).
 */
@Component
class ProposalPages {

	private final ProcessPages processes;

	private final ProcessSteps steps;

	private final TakingPart takingPart;

	private final ProposalStore store;

	private final ProposalList list;

	private final Supports supports;

	private final Permissions permissions;

	private final Areas areas;

	ProposalPages(ProcessPages processes, ProcessSteps steps, TakingPart takingPart, ProposalStore store,
			ProposalList list, Supports supports, Permissions permissions, Areas areas) {
		this.processes = processes;
		this.steps = steps;
		this.takingPart = takingPart;
		this.store = store;
		this.list = list;
		this.supports = supports;
		this.permissions = permissions;
		this.areas = areas;
	}

	/** The process, or a 404 for an unknown one, a draft the visitor does not run, or one without proposals. */
	Process process(UUID id) {
		Process process = this.processes.visible(id);
		if (!process.uses(Process.PROPOSALS)) {
			throw new ProposalRefused(Kind.NOT_FOUND, "proposal.problem.no-proposals");
		}
		return process;
	}

	ProposalListView list(Process process, ProposalQuery query) {
		List<Proposal> held = this.permissions.currentUser()
			.map(user -> this.store.heldOf(process.id(), user.value()))
			.orElse(List.of());
		return ProposalListView.of(process, this.processes.areaName(process), year(process), query, this.list.find(query),
				held, this.takingPart.can(process, Contribution.PROPOSE));
	}

	ProposalView view(Process process, UUID id) {
		Proposal proposal = shown(process, id);
		Optional<UserId> visitor = this.permissions.currentUser();
		boolean isAuthor = visitor.map(user -> proposal.isBy(user.value())).orElse(false);
		boolean visible = proposal.moderation() == Moderation.VISIBLE;
		return new ProposalView(process, this.processes.areaName(process), year(process), proposal, visitor.isPresent(),
				isAuthor, visitor.map(user -> this.supports.supports(id, user)).orElse(false),
				visible && !isAuthor && this.takingPart.can(process, Contribution.SUPPORT),
				visible && this.steps.canRun(process));
	}

	/**
	 * The proposal as the visitor may see it; a 404 for one that waits for a moderator or was hidden, except
	 * for its author (while it waits) and those who run or moderate the process, who must see it to decide.
	 */
	Proposal shown(Process process, UUID id) {
		Proposal proposal = this.store.find(process.id(), id).orElseThrow(() -> new ProposalNotFound(id));
		if (proposal.moderation() == Moderation.VISIBLE || this.steps.canRun(process)
				|| this.permissions.canModerate(process.area())) {
			return proposal;
		}
		boolean own = this.permissions.currentUser().map(user -> proposal.isBy(user.value())).orElse(false);
		if (own && proposal.moderation() == Moderation.HELD) {
			return proposal;
		}
		throw new ProposalNotFound(id);
	}

	ProposalFormView form(Process process, ProposalForm form, Complaints complaints, @Nullable String refused,
			Object[] refusedArguments, Map<String, String> alts) {
		return new ProposalFormView(process, this.processes.areaName(process), year(process), form, complaints, refused,
				refusedArguments, this.takingPart.needsResidency(process), areaBounds(process), alts);
	}

	/** The name the signed-in person goes by, to start the form's name field with. */
	String shownName() {
		return this.permissions.currentUser().flatMap(this.permissions::shownName).orElse("");
	}

	private int year(Process process) {
		return this.areas.summary(process.area()).map(AreaSummary::year).orElse(0);
	}

	private @Nullable String areaBounds(Process process) {
		try {
			Area area = this.areas.area(process.area(), null);
			Area.BoundingBox box = area.bounds();
			return box == null ? null : String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", box.minLon(), box.minLat(),
					box.maxLon(), box.maxLat());
		}
		catch (RuntimeException unknownArea) {
			return null;
		}
	}

}
