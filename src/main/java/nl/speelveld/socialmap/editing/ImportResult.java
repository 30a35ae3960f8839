package nl.speelveld.socialmap.editing;

import java.util.List;

/**
 * What an import did: nothing, with the problems that stopped it (some of them refusals, for areas outside
 * the person's scope), or everything, with how many posts were added and updated and how many
 * organisations were put on the map.
 */
public record ImportResult(List<ImportProblem> problems, boolean refused, int rows, int created, int updated,
		int organisationsCreated) implements java.io.Serializable {

	static ImportResult failed(List<ImportProblem> problems, boolean refused) {
		return new ImportResult(List.copyOf(problems), refused, 0, 0, 0, 0);
	}

	public boolean succeeded() {
		return this.problems.isEmpty();
	}

}
