package nl.speelveld.participation;

import java.time.LocalDate;
import java.util.ArrayList;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Processes for tests, written straight into the database: a draft with phases of the kinds asked for,
 * then put in any phase or closed without going through the owner's steps.
 */
@Component
public class ProcessFixture {

	private final ProcessStore store;

	private final JdbcClient jdbc;

	ProcessFixture(ProcessStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** A process in {@code area} with one phase of each kind given, a week each, starting today; still a draft. */
	public Builder process(AreaCode area, PhaseKind... kinds) {
		return new Builder(area, List.of(kinds));
	}

	/** Puts the process in the phase at {@code position}, open. */
	public Process inPhase(Process process, int position) {
		this.jdbc.sql("update participation_process set status = 'open', current_phase = ? where id = ?")
			.params(position, process.id())
			.update();
		return this.store.get(process.id());
	}

	public Process closed(Process process) {
		this.jdbc.sql("update participation_process set status = 'closed', current_phase = null where id = ?")
			.param(process.id())
			.update();
		return this.store.get(process.id());
	}

	public final class Builder {

		private final AreaCode area;

		private final List<PhaseKind> kinds;

		private Eligibility eligibility = Eligibility.SIGNED_IN;

		private Rung rung = Rung.ADVISEREN;

		private Premoderation premoderation = Premoderation.NONE;

		private String title = "Traject " + UUID.randomUUID().toString().substring(0, 8);

		private final Set<String> components = new LinkedHashSet<>(List.of(Process.PROPOSALS, Process.SURVEYS,
				Process.MEETINGS));

		Builder(AreaCode area, List<PhaseKind> kinds) {
			this.area = area;
			this.kinds = kinds;
		}

		public Builder forResidentsOnly() {
			this.eligibility = Eligibility.AREA_RESIDENTS;
			return this;
		}

		/** Which contributions a moderator sees first; none unless a test asks. */
		public Builder premoderation(Premoderation premoderation) {
			this.premoderation = premoderation;
			return this;
		}

		public Builder rung(Rung rung) {
			this.rung = rung;
			return this;
		}

		/** With a budgeting round among its components (set the round up with RoundFixture). */
		public Builder withBudgeting() {
			this.components.add(Process.BUDGETING);
			return this;
		}

		public Builder titled(String title) {
			this.title = title;
			return this;
		}

		/** The draft as it was saved. */
		public Process draft() {
			UUID id = UUID.randomUUID();
			List<Phase> phases = new ArrayList<>();
			LocalDate start = LocalDate.now();
			for (int i = 0; i < this.kinds.size(); i++) {
				phases.add(new Phase(i, this.kinds.get(i), "Fase " + (i + 1), "", start.plusWeeks(i),
						start.plusWeeks(i + 1).minusDays(1)));
			}
			ProcessFixture.this.store.save(new ProcessDraft(this.area, this.title, "Wat vind jij?", "Een traject voor een test.", this.rung,
					"De gemeente neemt je advies mee in het besluit.", LegalBasis.PARTICIPATIEVERORDENING,
					"Gemeente, team Wijken", this.eligibility, this.premoderation, this.components, phases), id, null);
			return ProcessFixture.this.store.get(id);
		}

		/** The process open in its first phase. */
		public Process open() {
			return openIn(0);
		}

		/** The process open in the phase at {@code position}. */
		public Process openIn(int position) {
			return ProcessFixture.this.inPhase(draft(), position);
		}

	}

}
