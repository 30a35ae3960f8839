package nl.speelveld.participation.budgeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One round of participatory budgeting as the tally sees it: its settings, its projects in order (the order
 * breaks ties, as Pabulib's checker does), and the ballots, which name projects by their index in that list.
 * A round run inside Speelveld builds one of these; so does a Pabulib file.
 */
public record Election(ElectionMeta meta, List<Project> projects, Ballots ballots) {

	public Election {
		projects = List.copyOf(projects);
	}

	public long budget() {
		return this.meta.budget();
	}

	/** The index of every project id. */
	public Map<String, Integer> indexById() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < this.projects.size(); i++) {
			index.put(this.projects.get(i).id(), i);
		}
		return index;
	}

}
