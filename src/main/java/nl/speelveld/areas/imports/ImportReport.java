package nl.speelveld.areas.imports;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of an import: whether it was written, how many areas it added, changed or found unchanged,
 * and every problem, errors first. A failed import wrote nothing.
 */
public record ImportReport(boolean imported, int year, int features, int areas, int added, int changed,
		List<ImportProblem> problems, Duration duration) {

	public int unchanged() {
		return this.imported ? this.areas - this.added - this.changed : 0;
	}

	public List<ImportProblem> errors() {
		return this.problems.stream().filter(ImportProblem::isError).toList();
	}

	public List<ImportProblem> notes() {
		return this.problems.stream().filter(problem -> !problem.isError()).toList();
	}

}
