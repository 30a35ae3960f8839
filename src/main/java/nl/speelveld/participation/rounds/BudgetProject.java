package nl.speelveld.participation.rounds;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A project on the ballot: what it is, what it costs in whole euros, its category when the round has
 * categories, the proposal it came from, and after the vote how far it has come (null until it was funded).
 * {@code position} numbers the projects from 1 in the order the ballot shows them; ballots name projects by it.
 */
public record BudgetProject(UUID id, int position, String title, String description, long cost,
		@Nullable String category, @Nullable UUID proposal, @Nullable Progress progress) {
}
