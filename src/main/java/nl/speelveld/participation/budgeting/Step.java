package nl.speelveld.participation.budgeting;

import org.jspecify.annotations.Nullable;

/**
 * One step of the explanation: a project considered, its support and cost, what was left when its turn came,
 * and what was decided. {@code step} counts the turns from 1 (greedy: its place in the order of support, and on
 * in the leftover pass; equal shares: the round in which it was funded, 0 for a project that never was).
 * {@code limit} names the category or neighbourhood whose limit applied, with what was left of it.
 * {@code supportersMoney} is, for equal shares, what its supporters had left together when it was decided
 * (when funded: before paying; when not: at the end).
 */
public record Step(int step, String projectId, long support, long cost, long budgetLeft, @Nullable String limit,
		@Nullable Long limitLeft, Outcome outcome, long funded, @Nullable Double supportersMoney) {
}
