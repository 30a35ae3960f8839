package nl.speelveld.network.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Bridges by Tarjan's algorithm (1974): an edge u-v of the depth-first tree is a bridge when no node in v's
 * subtree reaches back above v, that is when low(v) &gt; discovery(u). Removing a bridge splits its component:
 * it is the one connection between two clusters. The search keeps its own stack rather than recursing, so a
 * long chain of a hundred thousand nodes does not overflow the thread's stack. The graph is simple (repeated
 * edges were merged), so skipping the edge back to the parent once is enough.
 */
public final class Bridges {

	/** An edge, smaller node first. */
	public record Edge(int a, int b) {
	}

	private Bridges() {
	}

	/** The bridges, sorted by their first and then their second node. */
	public static List<Edge> of(Graph graph) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		int[] discovery = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] cursor = new int[n];
		int[] stack = new int[n];
		Arrays.fill(discovery, -1);
		List<Edge> bridges = new ArrayList<>();
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (discovery[root] >= 0) {
				continue;
			}
			int depth = 0;
			stack[depth++] = root;
			parent[root] = -1;
			discovery[root] = low[root] = time++;
			cursor[root] = offsets[root];
			while (depth > 0) {
				int u = stack[depth - 1];
				if (cursor[u] < offsets[u + 1]) {
					int v = targets[cursor[u]++];
					if (discovery[v] < 0) {
						parent[v] = u;
						discovery[v] = low[v] = time++;
						cursor[v] = offsets[v];
						stack[depth++] = v;
					} else if (v != parent[u]) {
						low[u] = Math.min(low[u], discovery[v]);
					}
				} else {
					depth--;
					int p = parent[u];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[u]);
						if (low[u] > discovery[p]) {
							bridges.add(new Edge(Math.min(p, u), Math.max(p, u)));
						}
					}
				}
			}
		}
		bridges.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
		return bridges;
	}
}
