package nl.speelveld.participation.processes;

import java.time.LocalDate;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A process as lists show it: what it asks, on which rung, and where it stands now. */
public record ListedProcess(UUID id, String title, String question, AreaCode area, String areaName, Rung rung,
		LegalBasis legalBasis, ProcessStatus status, @Nullable PhaseKind phase, @Nullable String phaseTitle,
		@Nullable LocalDate phaseEndsOn) {

	/** The phase kind's key, or the status for a process that is not in a phase: what the API calls its phase. */
	public String phaseKey() {
		return this.phase != null ? this.phase.key() : this.status.key();
	}

}
