package nl.speelveld.network.graph;

import java.util.List;

/**
 * The network of an area as the page shows it: counts, the tables, and the graph as JSON for the drawing
 * ({@code graphJson} is empty when the network is too large to draw readably; the tables stay).
 */
public record NetworkView(int connections, int nodes, int edges, int clusters, List<NodeRow> posts,
		List<NodeRow> others, List<RoleRow> roles, List<BridgeRow> bridges, List<ClusterRow> isolated,
		String graphJson) {

	public boolean isEmpty() {
		return this.connections == 0;
	}

}
