package nl.speelveld.participation.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.speelveld.participation.budgeting.Rule;
import nl.speelveld.participation.processes.Eligibility;
import nl.speelveld.participation.processes.Process;

import org.springframework.stereotype.Component;

/**
 * Demo budgeting rounds: the projects on the ballot, and for a round whose voting has begun the ballots of
 * made-up households, drawn the same way every time from the process id. A round of residents of the area
 * verifies by account, so a demo visitor can vote after giving a postcode; the others by letter. Funded
 * projects of a finished round get a progress note.
 */
@Component
public class DemoRounds {

	private record Idea(String title, String description, long cost, String category, double popularity) {
	}

	private static final List<Idea> IDEAS = List.of(
			new Idea("Speelplek opknappen", "Nieuwe toestellen en zachte tegels voor de kleinste kinderen.", 24_000, "Spelen", 1.0),
			new Idea("Buurtmoestuin", "Bakken, gereedschap en een waterpunt; buurtbewoners zorgen samen voor de tuin.", 9_500, "Groen", 0.8),
			new Idea("Bankjes en picknicktafels", "Vijf bankjes en twee tafels op plekken waar mensen elkaar tegenkomen.", 7_000, "Samen", 0.9),
			new Idea("Muurschildering met jongeren", "Jongeren ontwerpen en schilderen samen met een kunstenaar een kale muur.", 12_000, "Samen", 0.5),
			new Idea("Geveltuinen", "Tegels eruit, planten erin: materiaal en hulp voor twintig geveltuinen.", 6_000, "Groen", 0.7),
			new Idea("Verlichting op het fietspad", "Lantaarns op het donkere stuk langs het water.", 18_000, "Veilig", 0.6),
			new Idea("AED en cursus reanimeren", "Een AED aan de gevel van het buurthuis en een cursus voor dertig buren.", 4_500, "Veilig", 0.75),
			new Idea("Buurtfeest voor jong en oud", "Een dag met muziek, eten uit de buurt en spelletjes.", 5_000, "Samen", 0.55));

	private final RoundStore store;

	private final RoundResults results;

	DemoRounds(RoundStore store, RoundResults results) {
		this.store = store;
		this.results = results;
	}

	/** Sets up the round of a demo process, with the ballots cast so far when voting has begun. */
	public void addTo(Process process) {
		boolean residents = process.eligibility() == Eligibility.AREA_RESIDENTS;
		long budget = residents ? 60_000 : 50_000;
		this.store.saveSettings(new RoundSettings(process.id(), budget, BallotType.KNAPSACK, Rule.EQUAL_SHARES, null,
				residents ? Verification.ACCOUNT : Verification.LETTER_CODE, true,
				List.of(new Category("Groen", null), new Category("Samen", null), new Category("Spelen", null),
						new Category("Veilig", null))));
		for (Idea idea : IDEAS) {
			this.store.addProject(process.id(), new BudgetProject(UUID.randomUUID(), 0, idea.title(), idea.description(),
					idea.cost(), idea.category(), null, null));
		}
		if (!VotingPhase.begun(process)) {
			return;
		}
		Random random = new Random(process.id().getMostSignificantBits());
		int households = residents ? 140 : 420;
		if (!residents) {
			// the letters went to more households than voted; their codes are long gone
			List<byte[]> unknown = new ArrayList<>();
			for (int i = 0; i < households + 180; i++) {
				unknown.add(randomBytes(random));
			}
			this.store.addCodes(process.id(), unknown);
		}
		for (int i = 0; i < households; i++) {
			this.store.cast(process.id(), randomBytes(random), ballot(random, budget), false);
		}
		List<BudgetProject> funded = this.results.of(process).map(RoundResults.Result::fundedProjects).orElse(List.of());
		if (funded.size() >= 2) {
			this.store.setProgress(funded.get(0).id(), Progress.UNDERWAY,
					"Het werk is begonnen. Buren die meedachten, kregen een uitnodiging voor de start.", null);
			this.store.setProgress(funded.get(1).id(), Progress.DONE,
					"Klaar! Dank aan alle buren die meehielpen.", null);
		}
	}

	/** A household's ballot: ideas in the order they appeal to it, as long as they fit the budget, at most four. */
	private static int[] ballot(Random random, long budget) {
		List<Integer> order = new ArrayList<>();
		double[] appeal = new double[IDEAS.size()];
		for (int i = 0; i < IDEAS.size(); i++) {
			appeal[i] = IDEAS.get(i).popularity() * random.nextDouble();
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(appeal[b], appeal[a]));
		List<Integer> chosen = new ArrayList<>();
		long spent = 0;
		for (int idea : order) {
			if (chosen.size() < 4 && appeal[idea] > 0.25 && spent + IDEAS.get(idea).cost() <= budget) {
				chosen.add(idea + 1);
				spent += IDEAS.get(idea).cost();
			}
		}
		if (chosen.isEmpty()) {
			chosen.add(order.get(0) + 1);
		}
		return chosen.stream().sorted().mapToInt(Integer::intValue).toArray();
	}

	private static byte[] randomBytes(Random random) {
		byte[] key = new byte[32];
		random.nextBytes(key);
		return key;
	}

}
