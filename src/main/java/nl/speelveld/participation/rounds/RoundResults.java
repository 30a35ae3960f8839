package nl.speelveld.participation.rounds;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.participation.budgeting.Ballots;
import nl.speelveld.participation.budgeting.Election;
import nl.speelveld.participation.budgeting.ElectionMeta;
import nl.speelveld.participation.budgeting.Project;
import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.budgeting.Tallies;
import nl.speelveld.participation.budgeting.Tally;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.Process;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcome of a round once voting is over: its ballots as a Pabulib election (anonymised: voters are
 * numbered in the order of their keys, which says nothing of who they are or when they voted) tallied by
 * the round's rule. The same election downloads as a {@code .pb} file, so anyone can tally it again.
 * Ballots no longer change after voting, so the tally is kept for the few rounds people look at.
 */
@Service
public class RoundResults {

	private static final DateTimeFormatter PABULIB_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final int KEPT = 16;

	private final RoundStore store;

	private final Map<UUID, Result> kept = Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, Result> eldest) {
			return size() > KEPT;
		}
	});

	RoundResults(RoundStore store) {
		this.store = store;
	}

	/** The tallied round, with the ballots behind it; empty while voting has not ended. */
	public record Result(Round round, Election election, Tally tally) {

		public int ballots() {
			return this.election.ballots().count();
		}

		public boolean funded(BudgetProject project) {
			return this.tally.selected().contains(Integer.toString(project.position()));
		}

		public List<BudgetProject> fundedProjects() {
			return this.round.projects().stream().filter(this::funded).toList();
		}

	}

	@Transactional(readOnly = true)
	public Optional<Result> of(Process process) {
		if (!VotingPhase.over(process)) {
			return Optional.empty();
		}
		Optional<Round> round = this.store.of(process.id());
		if (round.isEmpty()) {
			return Optional.empty();
		}
		int count = this.store.ballotCount(process.id());
		Result known = this.kept.get(process.id());
		if (known != null && known.ballots() == count && known.round().equals(round.get())) {
			return Optional.of(known);
		}
		Election election = election(process, round.get());
		Result result = new Result(round.get(), election, Tallies.tally(election, round.get().rule()));
		this.kept.put(process.id(), result);
		return Optional.of(result);
	}

	/** The round with its ballots as Pabulib describes an election; projects are named by their ballot position. */
	Election election(Process process, Round round) {
		GrowingBallots ballots = new GrowingBallots();
		this.store.eachBallot(process.id(), ballots::add);
		List<Project> projects = round.projects()
			.stream()
			.map(project -> Project.of(Integer.toString(project.position()), project.cost(), project.title(),
					project.category()))
			.toList();
		return new Election(meta(process, round, ballots.count()), projects, ballots.ballots());
	}

	private static ElectionMeta meta(Process process, Round round, int ballots) {
		Map<String, String> meta = new LinkedHashMap<>();
		meta.put("description", process.title());
		meta.put("country", "Netherlands");
		meta.put("unit", process.area().value());
		meta.put("instance", process.id().toString());
		meta.put("num_projects", Integer.toString(round.projects().size()));
		meta.put("num_votes", Integer.toString(ballots));
		meta.put("budget", Long.toString(round.budget()));
		meta.put("vote_type", round.ballotType() == BallotType.CHOOSE_ONE ? "choose-1" : "approval");
		meta.put("rule", round.rule() == Rule.GREEDY ? "greedy" : "equalshares/add1");
		VotingPhase.position(process).ifPresent(position -> {
			Phase phase = process.phases().get(position);
			meta.put("date_begin", PABULIB_DATE.format(phase.startsOn()));
			meta.put("date_end", PABULIB_DATE.format(phase.endsOn()));
		});
		if (round.ballotType() == BallotType.KNAPSACK) {
			meta.put("max_sum_cost", Long.toString(round.budget()));
		}
		if (round.maxChoices() != null) {
			meta.put("max_length", round.maxChoices().toString());
		}
		List<Category> limited = round.categories().stream().filter(category -> category.limit() != null).toList();
		if (!limited.isEmpty()) {
			meta.put("categories", String.join(",", limited.stream().map(Category::name).toList()));
			meta.put("budget_per_category",
					String.join(",", limited.stream().map(category -> category.limit().toString()).toList()));
		}
		meta.put("language", "nl");
		meta.put("currency", "EUR");
		return new ElectionMeta(meta);
	}

	/** Ballots as they stream from the database, into the compact arrays the tally walks. */
	private static final class GrowingBallots {

		private int[] offsets = new int[1024];

		private int[] marks = new int[4096];

		private int count;

		void add(int[] positions) {
			if (this.count + 2 > this.offsets.length) {
				this.offsets = Arrays.copyOf(this.offsets, this.offsets.length * 2);
			}
			int start = this.offsets[this.count];
			while (start + positions.length > this.marks.length) {
				this.marks = Arrays.copyOf(this.marks, this.marks.length * 2);
			}
			for (int i = 0; i < positions.length; i++) {
				this.marks[start + i] = positions[i] - 1;
			}
			this.count++;
			this.offsets[this.count] = start + positions.length;
		}

		int count() {
			return this.count;
		}

		Ballots ballots() {
			String[] voters = new String[this.count];
			for (int b = 0; b < this.count; b++) {
				voters[b] = Integer.toString(b + 1);
			}
			return new Ballots(voters, Arrays.copyOf(this.offsets, this.count + 1),
					Arrays.copyOf(this.marks, this.offsets[this.count]), null);
		}

	}

}
