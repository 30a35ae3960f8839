package nl.speelveld.participation.budgeting;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A project on the ballot. {@code votes} and {@code selected} are what a file records (null when it does not);
 * the tally counts support from the ballots itself. {@code other} keeps the remaining columns (description,
 * neighborhood...) so that a written file carries them again.
 */
public record Project(String id, long cost, String name, @Nullable String category, @Nullable Long votes,
		@Nullable Integer selected, Map<String, String> other) {

	public Project {
		if (cost < 0) {
			throw new IllegalArgumentException("A project cannot cost less than nothing: " + id);
		}
		other = Map.copyOf(other);
	}

	public static Project of(String id, long cost, String name, @Nullable String category) {
		return new Project(id, cost, name, category, null, null, Map.of());
	}

	/** The value of a column by its Pabulib name, or null. */
	public @Nullable String field(String column) {
		return switch (column) {
			case "project_id" -> this.id;
			case "cost" -> Long.toString(this.cost);
			case "name" -> this.name;
			case "category" -> this.category;
			case "votes" -> this.votes == null ? this.other.get(column) : this.votes.toString();
			case "selected" -> this.selected == null ? this.other.get(column) : this.selected.toString();
			default -> this.other.get(column);
		};
	}

}
