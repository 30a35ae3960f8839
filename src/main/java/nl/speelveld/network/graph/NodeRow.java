package nl.speelveld.network.graph;

import org.jspecify.annotations.Nullable;

/**
 * A node in a table: what it is called (a post with its organisation), its kind and role, and its measures
 * rounded for reading. {@code betweenness} is normalised (0 to 1), {@code paths} the raw sum of shares.
 */
public record NodeRow(String label, @Nullable String organisation, String kind, @Nullable String role, int degree,
		double betweenness, double paths, long brokerage) {
}
