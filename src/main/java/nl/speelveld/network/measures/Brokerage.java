package nl.speelveld.network.measures;

import java.util.HashMap;
import java.util.Map;

/**
 * Brokerage of a node: the number of pairs of its neighbours that belong to different parties and that it
 * alone connects, that is pairs {a, b} where a and b are not connected to each other and have no common
 * neighbour other than this node.
 *
 * <p>Why this measure rather than Gould and Fernandez's five roles: those roles need directed ties (a to v to b)
 * and one group per node, while professionals log connections without a direction, and a post belongs to an
 * organisation while a group or an initiative belongs to no one. What remains of their idea is brokerage across
 * parties; what Burt adds (structural holes) is that a pair with another route of two steps, or a direct tie,
 * does not depend on this node. Together this counts the schakelfunctie directly: the introductions between
 * different parties that would not exist without this node. Unlike betweenness it looks only two steps far, so
 * it is local and cheap, and it is zero for a node whose neighbours all belong to one party.
 *
 * <p>Parties are the nodes' affiliations: a post counts as part of its organisation, so a post linking its own
 * organisation to a resident group does broker (two parties), but linking two colleagues does not.
 */
public final class Brokerage {

	private Brokerage() {
	}

	/** The brokerage count of every node. */
	public static long[] of(Graph graph) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		int[] party = parties(graph);
		// stamps instead of clearing arrays per pair: a slot is set when it equals the current stamp
		int[] neighbourOf = new int[n];
		int[] reached = new int[n];
		long[] result = new long[n];
		int stamp = 0;
		for (int v = 0; v < n; v++) {
			int vStamp = v + 1;
			for (int i = offsets[v]; i < offsets[v + 1]; i++) {
				neighbourOf[targets[i]] = vStamp;
			}
			long count = 0;
			for (int i = offsets[v]; i < offsets[v + 1]; i++) {
				int a = targets[i];
				stamp++;
				// every neighbour of v that a reaches directly or through a node other than v
				for (int j = offsets[a]; j < offsets[a + 1]; j++) {
					int w = targets[j];
					if (w == v) {
						continue;
					}
					reached[w] = stamp;
					for (int k = offsets[w]; k < offsets[w + 1]; k++) {
						int x = targets[k];
						if (neighbourOf[x] == vStamp) {
							reached[x] = stamp;
						}
					}
				}
				for (int j = i + 1; j < offsets[v + 1]; j++) {
					int b = targets[j];
					if (reached[b] != stamp && party[a] != party[b]) {
						count++;
					}
				}
			}
			result[v] = count;
		}
		return result;
	}

	private static int[] parties(Graph graph) {
		Map<String, Integer> ids = new HashMap<>();
		int[] party = new int[graph.size()];
		for (int v = 0; v < graph.size(); v++) {
			party[v] = ids.computeIfAbsent(graph.affiliation(v), key -> ids.size());
		}
		return party;
	}
}
