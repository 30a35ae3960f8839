package nl.speelveld.participation.rounds;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.participation.processes.Eligibility;
import nl.speelveld.participation.processes.LegalBasis;
import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Premoderation;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessDraft;
import nl.speelveld.participation.processes.ProcessStore;
import nl.speelveld.participation.processes.Rung;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One budgeting round in its voting phase, verified by letter code, for benchmarks: the demo round's projects
 * and earlier ballots, and as many fresh letter codes as asked, whose text is handed back once (only their
 * keyed hashes are stored, as for real letters). The process's title marks it, so that a new run replaces
 * what an earlier one wrote and nothing else.
 */
@Component
class SyntheticRound {

	static final String TITLE = "Synthetisch traject: buurtbudget";

	/** Groningen's Centrum, as for the synthetic proposals. */
	static final AreaCode WIJK = new AreaCode("WK001400");

	private final ProcessStore processes;

	private final RoundStore store;

	private final DemoRounds demo;

	private final VoterKeys keys;

	private final TransactionTemplate transactions;

	SyntheticRound(ProcessStore processes, RoundStore store, DemoRounds demo, VoterKeys keys,
			TransactionTemplate transactions) {
		this.processes = processes;
		this.store = store;
		this.demo = demo;
		this.keys = keys;
		this.transactions = transactions;
	}

	/** The round made, and its letter codes as the letters print them. */
	record Made(Process process, List<String> codes) {
	}

	/** Replaces the synthetic round with a new one holding {@code count} letter codes. */
	Made replace(int count, long seed) {
		UUID id = UUID.nameUUIDFromBytes(("speelveld-synthetic-round/" + seed).getBytes(StandardCharsets.UTF_8));
		List<String> codes = new ArrayList<>(count);
		Set<String> made = new HashSet<>();
		List<byte[]> hashes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String code = LetterCodes.fresh(made);
			codes.add(LetterCodes.shown(code));
			hashes.add(this.keys.codeHash(id, code));
		}
		this.transactions.executeWithoutResult(status -> {
			LocalDate today = LocalDate.now();
			this.processes.replaceOpen(new ProcessDraft(WIJK, TITLE, "Waar gaat het buurtbudget naartoe?",
					"Een stemronde met veel brieven, om te meten hoe snel stemmen gaat.", Rung.MEEBESLISSEN,
					"De projecten met de meeste stemmen die binnen het budget passen, worden uitgevoerd.",
					LegalBasis.PARTICIPATIEVERORDENING, "Gemeente, team Wijken", Eligibility.SIGNED_IN, Premoderation.NONE,
					new LinkedHashSet<>(List.of(Process.BUDGETING)),
					List.of(new Phase(0, PhaseKind.VOTING, "Stemmen", "", today.minusDays(7), today.plusDays(30)))),
					id);
			Process process = this.processes.get(id);
			this.demo.addTo(process);
			this.store.addCodes(id, hashes);
		});
		return new Made(this.processes.get(id), codes);
	}

}
