package nl.speelveld.network.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All measures of one graph, computed once: per node degree, betweenness (raw and normalised, see
 * {@link Betweenness}) and brokerage (see {@link Brokerage}); the bridges; the clusters; and the posts'
 * figures added up per role type.
 */
public record Measures(Graph graph, List<NodeMeasure> nodes, List<Bridges.Edge> bridges, List<Clusters.Cluster> clusters,
		List<RoleMeasure> roles) {

	/** One node's measures. */
	public record NodeMeasure(int node, int degree, double betweenness, double normalisedBetweenness, long brokerage) {
	}

	/**
	 * The posts of one role type together: how many, their degrees, the sum and highest of their raw
	 * betweenness and their summed brokerage. Sums rather than only means, because a role type with many posts
	 * that each link a little can carry as much of the network as one central post.
	 */
	public record RoleMeasure(String roleCode, int posts, double meanDegree, double totalBetweenness,
			double meanNormalisedBetweenness, double highestBetweenness, long brokerage) {
	}

	public static Measures of(Graph graph) {
		double[] raw = Betweenness.raw(graph);
		double[] normalised = Betweenness.normalised(raw);
		long[] brokerage = Brokerage.of(graph);
		List<NodeMeasure> nodes = new ArrayList<>(graph.size());
		for (int v = 0; v < graph.size(); v++) {
			nodes.add(new NodeMeasure(v, graph.degree(v), raw[v], normalised[v], brokerage[v]));
		}
		return new Measures(graph, List.copyOf(nodes), Bridges.of(graph), Clusters.of(graph), roles(graph, nodes));
	}

	/** Nodes of one kind (or all, when kind is null), highest betweenness first, then highest brokerage. */
	public List<NodeMeasure> topBrokers(NodeKind kind, int limit) {
		return nodes.stream().filter(node -> kind == null || graph.kind(node.node()) == kind)
				.sorted(Comparator.comparingDouble(NodeMeasure::betweenness).reversed()
						.thenComparing(Comparator.comparingLong(NodeMeasure::brokerage).reversed())
						.thenComparing(node -> graph.label(node.node())))
				.limit(limit).toList();
	}

	private static List<RoleMeasure> roles(Graph graph, List<NodeMeasure> nodes) {
		Map<String, List<NodeMeasure>> byRole = new TreeMap<>();
		for (NodeMeasure node : nodes) {
			String role = graph.roleCode(node.node());
			if (graph.kind(node.node()) == NodeKind.POST && role != null) {
				byRole.computeIfAbsent(role, key -> new ArrayList<>()).add(node);
			}
		}
		List<RoleMeasure> roles = new ArrayList<>();
		byRole.forEach((role, posts) -> roles.add(new RoleMeasure(role, posts.size(),
				posts.stream().mapToInt(NodeMeasure::degree).average().orElse(0),
				posts.stream().mapToDouble(NodeMeasure::betweenness).sum(),
				posts.stream().mapToDouble(NodeMeasure::normalisedBetweenness).average().orElse(0),
				posts.stream().mapToDouble(NodeMeasure::betweenness).max().orElse(0),
				posts.stream().mapToLong(NodeMeasure::brokerage).sum())));
		roles.sort(Comparator.comparingDouble(RoleMeasure::totalBetweenness).reversed().thenComparing(RoleMeasure::roleCode));
		return List.copyOf(roles);
	}
}
