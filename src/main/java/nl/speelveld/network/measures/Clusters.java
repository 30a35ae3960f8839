package nl.speelveld.network.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Connected components: the clusters of the network that have no connection to each other. A cluster is
 * flagged small when it has at most {@link #SMALL} nodes and is not the largest: an isolated pair or trio
 * is where a professional could make a first connection to the rest of the area.
 */
public final class Clusters {

	/** Clusters of this many nodes or fewer (other than the largest) are flagged small. */
	public static final int SMALL = 3;

	/** A component: its nodes in ascending order, and whether it is an isolated small one. */
	public record Cluster(int[] nodes, boolean small) {

		public int size() {
			return nodes.length;
		}
	}

	private Clusters() {
	}

	/** The components, largest first (ties by smallest node), every node in exactly one. */
	public static List<Cluster> of(Graph graph) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		int[] component = new int[n];
		Arrays.fill(component, -1);
		int[] queue = new int[n];
		List<int[]> found = new ArrayList<>();
		for (int root = 0; root < n; root++) {
			if (component[root] >= 0) {
				continue;
			}
			int head = 0;
			int tail = 0;
			queue[tail++] = root;
			component[root] = found.size();
			while (head < tail) {
				int v = queue[head++];
				for (int i = offsets[v]; i < offsets[v + 1]; i++) {
					int w = targets[i];
					if (component[w] < 0) {
						component[w] = found.size();
						queue[tail++] = w;
					}
				}
			}
			int[] nodes = Arrays.copyOf(queue, tail);
			Arrays.sort(nodes);
			found.add(nodes);
		}
		found.sort(Comparator.<int[]>comparingInt(nodes -> -nodes.length).thenComparingInt(nodes -> nodes[0]));
		List<Cluster> clusters = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			int[] nodes = found.get(i);
			clusters.add(new Cluster(nodes, i > 0 && nodes.length <= SMALL));
		}
		return clusters;
	}
}
