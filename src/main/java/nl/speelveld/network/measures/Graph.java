package nl.speelveld.network.measures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An undirected simple graph with nodes numbered 0..n-1 and its adjacency in compressed rows: the neighbours of
 * node v are {@code targets[offsets[v]]} up to {@code targets[offsets[v + 1]]}, sorted. Arrays of ints rather
 * than objects, because betweenness walks every edge once per source node and object graphs would make that
 * walk a chase through the heap.
 *
 * <p>Each node carries a key (unique, for example {@code post:<uuid>}), a kind, a label for people to read,
 * an optional role code (posts) and an affiliation: the party the node belongs to. A post's affiliation is
 * its organisation's key, so a post and its employer count as one party for brokerage; other nodes are their
 * own party unless the builder says otherwise. Repeated and self edges are dropped when the graph is built.
 */
public final class Graph {

	private final String[] keys;
	private final NodeKind[] kinds;
	private final String[] labels;
	private final String[] roleCodes;
	private final String[] affiliations;
	private final int[] offsets;
	private final int[] targets;
	private final Map<String, Integer> index;

	private Graph(Builder builder) {
		int n = builder.keys.size();
		keys = builder.keys.toArray(String[]::new);
		kinds = builder.kinds.toArray(NodeKind[]::new);
		labels = builder.labels.toArray(String[]::new);
		roleCodes = builder.roleCodes.toArray(String[]::new);
		affiliations = builder.affiliations.toArray(String[]::new);
		index = Map.copyOf(builder.index);
		int[] degree = new int[n];
		int m = builder.edgeCount;
		for (int e = 0; e < m; e++) {
			degree[builder.from[e]]++;
			degree[builder.to[e]]++;
		}
		int[] start = new int[n + 1];
		for (int v = 0; v < n; v++) {
			start[v + 1] = start[v] + degree[v];
		}
		int[] fill = Arrays.copyOf(start, n);
		int[] raw = new int[start[n]];
		for (int e = 0; e < m; e++) {
			raw[fill[builder.from[e]]++] = builder.to[e];
			raw[fill[builder.to[e]]++] = builder.from[e];
		}
		// sort each row and drop duplicates, so that a connection logged twice is one edge
		offsets = new int[n + 1];
		int write = 0;
		for (int v = 0; v < n; v++) {
			Arrays.sort(raw, start[v], start[v + 1]);
			offsets[v] = write;
			int previous = -1;
			for (int i = start[v]; i < start[v + 1]; i++) {
				if (raw[i] != previous) {
					raw[write++] = raw[i];
					previous = raw[i];
				}
			}
		}
		offsets[n] = write;
		targets = Arrays.copyOf(raw, write);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The number of nodes. */
	public int size() {
		return keys.length;
	}

	/** The number of (distinct, undirected) edges. */
	public int edges() {
		return targets.length / 2;
	}

	public int degree(int v) {
		return offsets[v + 1] - offsets[v];
	}

	/** The first index into {@link #target(int)} of node v's neighbours. */
	public int first(int v) {
		return offsets[v];
	}

	/** One past the last index into {@link #target(int)} of node v's neighbours. */
	public int end(int v) {
		return offsets[v + 1];
	}

	public int target(int i) {
		return targets[i];
	}

	public boolean adjacent(int a, int b) {
		return Arrays.binarySearch(targets, offsets[a], offsets[a + 1], b) >= 0;
	}

	public String key(int v) {
		return keys[v];
	}

	public NodeKind kind(int v) {
		return kinds[v];
	}

	public String label(int v) {
		return labels[v];
	}

	/** The role code of a post, or null for other nodes. */
	public String roleCode(int v) {
		return roleCodes[v];
	}

	public String affiliation(int v) {
		return affiliations[v];
	}

	/** The node with this key, or -1. */
	public int indexOf(String key) {
		return index.getOrDefault(key, -1);
	}

	// package-private: the measures read the arrays directly in their inner loops
	int[] offsets() {
		return offsets;
	}

	int[] targets() {
		return targets;
	}

	/** Collects nodes and edges; a node added twice under the same key is the same node. */
	public static final class Builder {

		private final List<String> keys = new ArrayList<>();
		private final List<NodeKind> kinds = new ArrayList<>();
		private final List<String> labels = new ArrayList<>();
		private final List<String> roleCodes = new ArrayList<>();
		private final List<String> affiliations = new ArrayList<>();
		private final Map<String, Integer> index = new HashMap<>();
		private int[] from = new int[16];
		private int[] to = new int[16];
		private int edgeCount;

		private Builder() {
		}

		/** Adds a node that is its own party (or returns the existing one with this key). */
		public int node(String key, NodeKind kind, String label) {
			return node(key, kind, label, null, key);
		}

		/** Adds a post of a role type, belonging to the party {@code affiliation} (its organisation's key). */
		public int post(String key, String label, String roleCode, String affiliation) {
			return node(key, NodeKind.POST, label, roleCode, affiliation);
		}

		public int node(String key, NodeKind kind, String label, String roleCode, String affiliation) {
			Integer existing = index.get(key);
			if (existing != null) {
				return existing;
			}
			int v = keys.size();
			keys.add(key);
			kinds.add(kind);
			labels.add(label);
			roleCodes.add(roleCode);
			affiliations.add(affiliation == null ? key : affiliation);
			index.put(key, v);
			return v;
		}

		/** Adds an undirected edge between two added nodes; a self edge is ignored. */
		public Builder edge(int a, int b) {
			if (a < 0 || b < 0 || a >= keys.size() || b >= keys.size()) {
				throw new IllegalArgumentException("no such node: " + a + " or " + b);
			}
			if (a == b) {
				return this;
			}
			if (edgeCount == from.length) {
				from = Arrays.copyOf(from, edgeCount * 2);
				to = Arrays.copyOf(to, edgeCount * 2);
			}
			from[edgeCount] = a;
			to[edgeCount] = b;
			edgeCount++;
			return this;
		}

		public Graph build() {
			return new Graph(this);
		}
	}
}
