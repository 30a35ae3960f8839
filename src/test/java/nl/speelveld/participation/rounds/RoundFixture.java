package nl.speelveld.participation.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.Process;

import org.springframework.stereotype.Component;

/** Budgeting rounds for tests, written straight through the store: settings, projects and letter codes. */
@Component
public class RoundFixture {

	private final RoundStore store;

	private final VoterKeys keys;

	RoundFixture(RoundStore store, VoterKeys keys) {
		this.store = store;
		this.keys = keys;
	}

	/** A round of the process with one project per cost given, titled Project 1, Project 2 and so on. */
	public Round round(Process process, BallotType type, Rule rule, long budget, Verification verification,
			boolean changeable, long... costs) {
		this.store.saveSettings(new RoundSettings(process.id(), budget, type, rule, null, verification, changeable, List.of()));
		for (int i = 0; i < costs.length; i++) {
			this.store.addProject(process.id(), new BudgetProject(UUID.randomUUID(), 0, "Project " + (i + 1),
					"Uitleg bij project " + (i + 1), costs[i], null, null, null));
		}
		return this.store.get(process.id());
	}

	/** A knapsack round by letter code, changeable, counted by equal shares, with named projects in the order given. */
	public Round knapsack(Process process, long budget, java.util.Map<String, Long> projects) {
		this.store.saveSettings(new RoundSettings(process.id(), budget, BallotType.KNAPSACK, Rule.EQUAL_SHARES, null,
				Verification.LETTER_CODE, true, List.of()));
		projects.forEach((title, cost) -> this.store.addProject(process.id(),
				new BudgetProject(UUID.randomUUID(), 0, title, "", cost, null, null, null)));
		return this.store.get(process.id());
	}

	/** A knapsack round by letter code, changeable, counted by equal shares. */
	public Round knapsack(Process process, long budget, long... costs) {
		return round(process, BallotType.KNAPSACK, Rule.EQUAL_SHARES, budget, Verification.LETTER_CODE, true, costs);
	}

	/** Letter codes of the round, as the letters print them. */
	public List<String> codes(Process process, int count) {
		List<String> codes = new ArrayList<>();
		List<byte[]> hashes = new ArrayList<>();
		java.util.Set<String> made = new java.util.HashSet<>();
		for (int i = 0; i < count; i++) {
			String code = LetterCodes.fresh(made);
			codes.add(LetterCodes.shown(code));
			hashes.add(this.keys.codeHash(process.id(), code));
		}
		this.store.addCodes(process.id(), hashes);
		return codes;
	}

	public Round roundOf(Process process) {
		return this.store.get(process.id());
	}

}
