package nl.speelveld.socialmap.hsds;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an HSDS import: whether it was written (all or nothing), how many entries of each kind,
 * how many of them new, and every error and note with its place in the file.
 */
public record HsdsImportReport(boolean imported, int organizations, int locations, int services,
		int servicesAtLocations, int added, List<ImportProblem> problems, Duration duration) {

	static HsdsImportReport refused(List<ImportProblem> problems, Duration duration) {
		return new HsdsImportReport(false, 0, 0, 0, 0, 0, List.copyOf(problems), duration);
	}

	public List<ImportProblem> errors() {
		return this.problems.stream().filter(ImportProblem::error).toList();
	}

	public List<ImportProblem> notes() {
		return this.problems.stream().filter(problem -> !problem.error()).toList();
	}

	public int entries() {
		return this.organizations + this.locations + this.services + this.servicesAtLocations;
	}

}
