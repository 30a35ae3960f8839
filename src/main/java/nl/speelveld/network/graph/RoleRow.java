package nl.speelveld.network.graph;

/** The posts of one role type together (see {@code Measures.RoleMeasure}), rounded for reading. */
public record RoleRow(String role, int posts, double meanDegree, double totalPaths, double meanBetweenness,
		long brokerage) {
}
