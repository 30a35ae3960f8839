package nl.speelveld.participation.rounds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.budgeting.Election;
import nl.speelveld.participation.budgeting.MalformedPabulib;
import nl.speelveld.participation.budgeting.PabulibReader;
import nl.speelveld.participation.budgeting.Project;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.budgeting.VoteType;
import nl.speelveld.participation.processes.Eligibility;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.proposals.Proposal;
import nl.speelveld.participation.proposals.ProposalStore;
import nl.speelveld.shared.Complaints;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner prepares the round before voting begins: the budget and ballot, the categories, and the
 * projects, entered one by one, taken over from proposals, or imported from a Pabulib file. Once voting has
 * begun, nothing of this changes, so every ballot is counted by the rules it was cast under.
 */
@Service
public class RoundSetup {

	static final int MOST_CATEGORIES = 20;

	static final int MOST_PROJECTS = 300;

	private final RoundStore store;

	private final ProcessSteps steps;

	private final Permissions permissions;

	private final ProposalStore proposals;

	RoundSetup(RoundStore store, ProcessSteps steps, Permissions permissions, ProposalStore proposals) {
		this.store = store;
		this.steps = steps;
		this.permissions = permissions;
		this.proposals = proposals;
	}

	/** What is wrong per field; empty when saved. */
	@Transactional
	public Complaints save(Process process, RoundForm form) {
		owner(process);
		Complaints complaints = new Complaints();
		Long budget = Amounts.parse(form.value(form.budget()));
		if (budget == null) {
			complaints.add("budget", "round.form.budget.invalid");
		}
		BallotType type = BallotType.ofKey(form.ballotType());
		if (type == null) {
			complaints.add("ballotType", "round.form.ballot-type.invalid");
		}
		Rule rule = Rule.ofKey(form.value(form.rule()));
		if (rule == null) {
			complaints.add("rule", "round.form.rule.invalid");
		}
		Integer maxChoices = maxChoices(form.value(form.maxChoices()).strip(), complaints);
		Verification verification = Verification.ofKey(form.verification());
		if (verification == null) {
			complaints.add("verification", "round.form.verification.invalid");
		}
		else if (verification == Verification.ACCOUNT && process.eligibility() != Eligibility.AREA_RESIDENTS) {
			// an account alone proves no address: the process must ask for a postcode inside the area
			complaints.add("verification", "round.form.verification.needs-residents");
		}
		List<Category> categories = categories(form.value(form.categories()), complaints);
		if (!complaints.isEmpty()) {
			return complaints;
		}
		this.store.saveSettings(new RoundSettings(process.id(), budget, type, rule, maxChoices, verification,
				form.changeable() != null, categories));
		this.permissions.audit("budget-round-saved", "participation-process", process.id(), Map.of("budget", budget));
		return complaints;
	}

	/** What is wrong per field; empty when the project was added at the end of the ballot. */
	@Transactional
	public Complaints addProject(Process process, ProjectForm form) {
		owner(process);
		Round round = this.store.get(process.id());
		Complaints complaints = new Complaints();
		UUID proposal = proposal(process, form.value(form.proposal()).strip(), complaints);
		String title = form.value(form.title()).strip();
		if (title.isEmpty() && proposal != null) {
			title = this.proposals.find(process.id(), proposal).map(Proposal::title).orElse("");
		}
		if (title.isEmpty() || title.length() > 150) {
			complaints.add("title", "round.project.title.invalid");
		}
		String description = form.value(form.description()).strip();
		if (description.length() > 2000) {
			complaints.add("description", "round.project.description.too-long");
		}
		Long cost = Amounts.parse(form.value(form.cost()));
		if (cost == null) {
			complaints.add("cost", "round.project.cost.invalid");
		}
		else if (cost > round.budget()) {
			complaints.add("cost", "round.project.cost.over-budget");
		}
		String category = form.value(form.category()).strip();
		if (!category.isEmpty() && round.categories().stream().noneMatch(known -> known.name().equals(category))) {
			complaints.add("category", "round.project.category.unknown");
		}
		if (round.projects().size() >= MOST_PROJECTS) {
			complaints.add("title", "round.project.too-many");
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		UUID id = UUID.randomUUID();
		this.store.addProject(process.id(), new BudgetProject(id, 0, title, description, cost,
				category.isEmpty() ? null : category, proposal, null));
		this.permissions.audit("budget-project-added", "participation-process", process.id(), Map.of("project", id));
		return complaints;
	}

	@Transactional
	public void removeProject(Process process, UUID project) {
		owner(process);
		if (!this.store.removeProject(process.id(), project)) {
			throw new RoundNotFound(project);
		}
		this.permissions.audit("budget-project-removed", "participation-process", process.id(), Map.of("project", project));
	}

	/**
	 * Takes the budget, categories and projects of a Pabulib file as the round's, in place of those it had;
	 * its ballots stay out, as voting happens here. Refused with the reason when the file cannot be read or
	 * uses ballots Speelveld does not offer.
	 */
	@Transactional
	public Complaints importPabulib(Process process, String text) {
		owner(process);
		Complaints complaints = new Complaints();
		Election election;
		try {
			election = PabulibReader.read(text);
		}
		catch (MalformedPabulib malformed) {
			complaints.add("file", "round.import.malformed");
			return complaints;
		}
		VoteType voteType = election.meta().voteType();
		if (voteType != VoteType.APPROVAL && voteType != VoteType.CHOOSE_ONE) {
			complaints.add("file", "round.import.vote-type");
		}
		if (election.projects().isEmpty() || election.projects().size() > MOST_PROJECTS
				|| election.budget() <= 0 || election.budget() > Amounts.MOST) {
			complaints.add("file", "round.import.size");
		}
		if (!complaints.isEmpty()) {
			return complaints;
		}
		Optional<Round> known = this.store.of(process.id());
		Rule rule = Rule.ofFile(election.meta().rule());
		String maxSumCost = election.meta().get("max_sum_cost");
		BallotType type = voteType == VoteType.CHOOSE_ONE ? BallotType.CHOOSE_ONE
				: maxSumCost != null && !maxSumCost.isBlank() ? BallotType.KNAPSACK : BallotType.APPROVAL;
		List<Category> categories = importedCategories(election);
		this.store.saveSettings(new RoundSettings(process.id(), election.budget(), type,
				rule != null ? rule : known.map(Round::rule).orElse(Rule.EQUAL_SHARES), election.meta().maxLength(),
				known.map(Round::verification).orElse(Verification.LETTER_CODE),
				known.map(Round::changeable).orElse(true), categories));
		this.store.removeAllProjects(process.id());
		for (Project project : election.projects()) {
			String name = project.name() == null || project.name().isBlank() ? "Project " + project.id() : project.name();
			this.store.addProject(process.id(), new BudgetProject(UUID.randomUUID(), 0, cut(name, 150),
					cut(project.field("description") == null ? "" : project.field("description"), 2000),
					Math.max(1, project.cost()), firstCategory(project.category(), categories), null, null));
		}
		this.permissions.audit("budget-round-imported", "participation-process", process.id(),
				Map.of("projects", election.projects().size()));
		return complaints;
	}

	/** Records how a funded project is coming along; only after the vote, and only for funded projects. */
	@Transactional
	public Complaints progress(Process process, Round round, RoundResults.Result result, UUID project, @Nullable String progress,
			@Nullable String text) {
		UserId by = this.steps.canRun(process) ? this.permissions.currentUser().orElseThrow() : null;
		if (by == null) {
			throw new AccessDeniedException("Only those who run the process report progress");
		}
		BudgetProject found = round.project(project).orElseThrow(() -> new RoundNotFound(project));
		if (!result.funded(found)) {
			throw new RoundRefused(RoundRefused.NOT_FUNDED);
		}
		Complaints complaints = new Complaints();
		Progress state = Progress.ofKey(progress);
		if (state == null) {
			complaints.add("progress", "round.progress.state.invalid");
		}
		String note = text == null ? "" : text.strip();
		if (note.isEmpty() || note.length() > 2000) {
			complaints.add("text", "round.progress.text.invalid");
		}
		if (complaints.isEmpty()) {
			this.store.setProgress(project, state, note, by.value());
			this.permissions.audit("budget-progress-reported", "participation-process", process.id(),
					Map.of("project", project, "progress", state.key()));
		}
		return complaints;
	}

	/** The owner, when the round may still change; refuses otherwise. */
	private void owner(Process process) {
		if (!this.steps.canRun(process)) {
			throw new AccessDeniedException("Only those who run the process prepare its round");
		}
		if (!process.uses(Process.BUDGETING)) {
			throw new RoundNotFound(process.id());
		}
		if (VotingPhase.begun(process)) {
			throw new RoundRefused(RoundRefused.VOTING_STARTED);
		}
	}

	private @Nullable UUID proposal(Process process, String id, Complaints complaints) {
		if (id.isEmpty()) {
			return null;
		}
		try {
			UUID proposal = UUID.fromString(id);
			if (this.proposals.find(process.id(), proposal).filter(found -> found.moderation() == Moderation.VISIBLE).isPresent()) {
				return proposal;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// reported below
		}
		complaints.add("proposal", "round.project.proposal.unknown");
		return null;
	}

	private static @Nullable Integer maxChoices(String text, Complaints complaints) {
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > 4 || !text.chars().allMatch(Character::isDigit) || Integer.parseInt(text) < 1) {
			complaints.add("maxChoices", "round.form.max-choices.invalid");
			return null;
		}
		return Integer.valueOf(text);
	}

	/** One category per line, with an optional limit after a colon. */
	static List<Category> categories(String text, Complaints complaints) {
		List<Category> categories = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.lastIndexOf(':');
			String name = (colon < 0 ? line : line.substring(0, colon)).strip();
			Long limit = null;
			if (colon >= 0) {
				limit = Amounts.parse(line.substring(colon + 1));
				if (limit == null) {
					complaints.add("categories", "round.form.categories.limit");
				}
			}
			if (name.isEmpty() || name.length() > 60 || name.contains(",")
					|| !names.add(name.toLowerCase(Locale.ROOT))) {
				complaints.add("categories", "round.form.categories.name");
			}
			categories.add(new Category(name, limit));
		}
		if (categories.size() > MOST_CATEGORIES) {
			complaints.add("categories", "round.form.categories.too-many");
		}
		return categories;
	}

	private static List<Category> importedCategories(Election election) {
		Map<String, Long> limits = election.meta().categoryLimits();
		Set<String> names = new java.util.LinkedHashSet<>(limits.keySet());
		for (Project project : election.projects()) {
			if (project.category() != null) {
				for (String name : project.category().split(",")) {
					if (!name.isBlank()) {
						names.add(cut(name.strip(), 60));
					}
				}
			}
		}
		return names.stream().limit(MOST_CATEGORIES).map(name -> new Category(name, limits.get(name))).toList();
	}

	private static @Nullable String firstCategory(@Nullable String categories, List<Category> known) {
		if (categories == null || categories.isBlank()) {
			return null;
		}
		String first = cut(categories.split(",")[0].strip(), 60);
		return known.stream().anyMatch(category -> category.name().equals(first)) ? first : null;
	}

	private static String cut(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most);
	}

}
