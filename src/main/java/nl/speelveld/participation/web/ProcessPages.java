package nl.speelveld.participation.web;

import java.util.UUID;

import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.ProcessNotFound;
import nl.speelveld.participation.processes.ProcessStatus;
import nl.speelveld.participation.processes.ProcessSteps;
import nl.speelveld.participation.processes.ProcessStore;

import org.springframework.stereotype.Component;

/**
 * What every page of a process needs: the process as the visitor may see it (a draft only for those who
 * run it) and the name of its area for the context box at the top.
 */
@Component
public class ProcessPages {

	private final ProcessStore processes;

	private final ProcessSteps steps;

	private final Areas areas;

	ProcessPages(ProcessStore processes, ProcessSteps steps, Areas areas) {
		this.processes = processes;
		this.steps = steps;
		this.areas = areas;
	}

	/** The process, or a 404 for an unknown id and for a draft the visitor does not run. */
	public Process visible(UUID id) {
		return visible(this.processes.get(id));
	}

	/** The same, as it is at this revision of processes and rounds (see {@link #revision()}). */
	public Process visible(UUID id, long revision) {
		return visible(this.processes.get(id, revision));
	}

	/** The revision of processes and rounds, read once for a page that shows both. */
	public long revision() {
		return this.processes.revision();
	}

	private Process visible(Process process) {
		if (process.status() == ProcessStatus.DRAFT && !this.steps.canRun(process)) {
			throw new ProcessNotFound(process.id());
		}
		return process;
	}

	public String areaName(Process process) {
		return this.areas.summary(process.area()).map(AreaSummary::name).orElse(process.area().value());
	}

}
