package nl.speelveld.participation.rounds;

import java.util.OptionalInt;

import nl.speelveld.participation.processes.Phase;
import nl.speelveld.participation.processes.PhaseKind;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessStatus;

/** Where a process stands with its voting phase: still ahead, running, or over (then the ballots are final). */
public final class VotingPhase {

	private VotingPhase() {
	}

	public static OptionalInt position(Process process) {
		return process.phases()
			.stream()
			.filter(phase -> phase.kind() == PhaseKind.VOTING)
			.mapToInt(Phase::position)
			.findFirst();
	}

	/** Whether voting has ended: the process moved past its voting phase, or closed after reaching it. */
	public static boolean over(Process process) {
		OptionalInt voting = position(process);
		if (voting.isEmpty() || process.status() == ProcessStatus.DRAFT) {
			return false;
		}
		if (process.status() == ProcessStatus.CLOSED) {
			return true;
		}
		return process.currentPhase() != null && process.currentPhase() > voting.getAsInt();
	}

	/** Whether voting has begun (running or over): from then on the round's projects and rules stay as they are. */
	public static boolean begun(Process process) {
		OptionalInt voting = position(process);
		if (voting.isEmpty() || process.status() == ProcessStatus.DRAFT) {
			return false;
		}
		return process.status() == ProcessStatus.CLOSED
				|| (process.currentPhase() != null && process.currentPhase() >= voting.getAsInt());
	}

}
