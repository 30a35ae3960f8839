package nl.speelveld.participation.budgeting;

/**
 * How add1 completion went: each voter's share at the start (budget divided by voters) and in the outcome taken,
 * how many times one unit per voter was added, and whether it ended because nothing more fit (exhaustive) rather
 * than because one more unit would have overspent the budget.
 */
public record Completion(double startShare, double finalShare, int increments, boolean exhaustive) {
}
