package nl.speelveld.participation.processes;

import java.util.Map;

import nl.speelveld.accounts.Notice;
import nl.speelveld.accounts.Notifications;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ProcessClosed;
import nl.speelveld.participation.ProcessPhaseStarted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner runs a process through its phases: open it in its first phase, move it to the next, close it
 * after the last, and write what happened with residents' input. Only coordinators of the process's area
 * (and administrators) may; every step is audited and kept in the process's history.
 */
@Service
public class ProcessSteps {

	private final ProcessStore processes;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	private final Participants participants;

	private final Notifications notifications;

	ProcessSteps(ProcessStore processes, Permissions permissions, ApplicationEventPublisher events,
			Participants participants, Notifications notifications) {
		this.processes = processes;
		this.permissions = permissions;
		this.events = events;
		this.participants = participants;
		this.notifications = notifications;
	}

	/** Whether the signed-in person runs this process: coordinators of its area and administrators. */
	public boolean canRun(Process process) {
		return this.permissions.canCoordinate(process.area());
	}

	/** Opens a draft in its first phase, or moves an open process to its next phase, or closes it after the last. */
	@Transactional
	public Process advance(Process process) {
		UserId by = runner(process);
		if (process.status() == ProcessStatus.CLOSED) {
			throw new StepRefused("participation.step.refused.closed");
		}
		if (process.phases().isEmpty()) {
			throw new StepRefused("participation.step.refused.no-phases");
		}
		boolean closing = process.status() == ProcessStatus.OPEN && process.isLastPhase();
		Integer next = process.status() == ProcessStatus.DRAFT ? Integer.valueOf(0)
				: closing ? null : Integer.valueOf(process.currentPhase() + 1);
		ProcessStatus status = closing ? ProcessStatus.CLOSED : ProcessStatus.OPEN;
		if (!this.processes.move(process, status, next, by.value())) {
			throw new StepRefused("participation.step.refused.moved");
		}
		this.permissions.audit(closing ? "participation-process-closed" : "participation-phase-started", "participation-process",
				process.id(), Map.of("phase", next == null ? "closed" : String.valueOf(next)));
		if (closing) {
			this.events.publishEvent(new ProcessClosed(process.id(), process.area()));
		}
		else {
			this.events.publishEvent(new ProcessPhaseStarted(process.id(), process.area(), next,
					process.phases().get(next).kind().key()));
		}
		return this.processes.get(process.id());
	}

	/**
	 * What happened with residents' input, in the owner's words, shown at the top of the process page. The
	 * first time, everyone who took part hears of it in their digest; a correction later notifies nobody.
	 */
	@Transactional
	public void report(Process process, String report) {
		UserId by = runner(process);
		boolean first = process.report() == null || process.report().isBlank();
		this.processes.report(process.id(), report.strip());
		this.permissions.audit("participation-report-written", "participation-process", process.id(), Map.of());
		if (first) {
			Notice notice = Notice.of("participation", "participation.notice.report", "/participatie/" + process.id(),
					process.title());
			this.participants.of(process.id())
				.stream()
				.filter(participant -> !participant.equals(by))
				.forEach(participant -> this.notifications.notify(participant, notice));
		}
	}

	private UserId runner(Process process) {
		if (!canRun(process)) {
			throw new AccessDeniedException("Only the coordinators of its area run a process");
		}
		return this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/** A phase step that does not fit the process now. */
	public static class StepRefused extends nl.speelveld.shared.Problem {

		public StepRefused(String key) {
			super(Kind.CONFLICT, key);
		}

	}

}
