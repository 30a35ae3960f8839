package nl.speelveld.network.measures;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Betweenness centrality by Brandes' algorithm (2001) for an unweighted, undirected graph: one breadth-first
 * search per source counts shortest paths, then dependencies are accumulated in reverse order of distance.
 *
 * <p><b>Raw</b> betweenness of v is the sum over unordered pairs {s, t} with s, t and v distinct of the share of
 * shortest s-t paths that pass through v. Brandes' sum runs over ordered pairs, so it is halved.
 * <b>Normalised</b> betweenness divides raw by the number of pairs not containing v, (n-1)(n-2)/2, giving 0..1
 * (1 is the centre of a star); for n under 3 it is 0. Pairs in different components contribute nothing.
 *
 * <p>Sources are split into a fixed number of contiguous chunks that run in parallel, each adding into its own
 * array; the arrays are summed in chunk order. The chunking does not depend on the number of cores, so the
 * floating-point sums, and thus the result, are the same on every machine and every run.
 */
public final class Betweenness {

	/** Fixed, so that results do not depend on the number of cores (see the class comment). */
	static final int CHUNKS = 64;

	private Betweenness() {
	}

	/** Raw betweenness of every node, computed on the common fork-join pool. */
	public static double[] raw(Graph graph) {
		return raw(graph, ForkJoinPool.commonPool());
	}

	/** Raw betweenness of every node, computed on the given pool (a pool of one thread runs it serially). */
	public static double[] raw(Graph graph, ForkJoinPool pool) {
		int n = graph.size();
		if (n == 0) {
			return new double[0];
		}
		int chunks = Math.min(CHUNKS, n);
		List<Clusters.Cluster> clusters = Clusters.of(graph);
		int[] component = new int[n];
		int[][] members = new int[clusters.size()][];
		long[] componentArcs = new long[clusters.size()];
		for (int c = 0; c < clusters.size(); c++) {
			members[c] = clusters.get(c).nodes();
			for (int v : members[c]) {
				component[v] = c;
				componentArcs[c] += graph.degree(v);
			}
		}
		List<double[]> partials = pool.submit(() -> IntStream.range(0, chunks).parallel()
				.mapToObj(chunk -> chunk(graph, (int) ((long) n * chunk / chunks), (int) ((long) n * (chunk + 1) / chunks), component,
						members, componentArcs))
				.toList()).join();
		double[] sum = new double[n];
		for (double[] partial : partials) {
			for (int v = 0; v < n; v++) {
				sum[v] += partial[v];
			}
		}
		for (int v = 0; v < n; v++) {
			sum[v] /= 2;
		}
		return sum;
	}

	/** Raw betweenness divided by (n-1)(n-2)/2, the number of pairs of other nodes. */
	public static double[] normalised(double[] raw) {
		int n = raw.length;
		double[] result = new double[n];
		if (n < 3) {
			return result;
		}
		double pairs = (n - 1.0) * (n - 2.0) / 2.0;
		for (int v = 0; v < n; v++) {
			result[v] = raw[v] / pairs;
		}
		return result;
	}

	/**
	 * Brandes' sums (over ordered pairs) for the sources from..to-1, exact, with three savings over the textbook
	 * version. In the dense clusters of an area's network most nodes lie within a few steps, so one level of
	 * the search often holds most of the edges.
	 * <ul>
	 * <li>The search stops once every node of the source's component has been reached and its level is
	 * complete: the last level has no one left to discover.</li>
	 * <li>Direction-optimising search (Beamer, 2012): a level is found either top-down (scan the edges of the
	 * frontier) or bottom-up (scan the edges of the nodes not yet reached, adding the paths of neighbours in the
	 * frontier), whichever has fewer edges to scan. Both see every edge between the two levels, so path counts
	 * are exact.</li>
	 * <li>Dependencies cross each pair of levels either pulled by the nearer level from its successors or pushed
	 * by the farther level to its predecessors, again whichever level has fewer edges.</li>
	 * </ul>
	 */
	private static double[] chunk(Graph graph, int from, int to, int[] component, int[][] members, long[] componentArcs) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		double[] centrality = new double[n];
		int[] distance = new int[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		// per node (1 + its dependency) / its number of shortest paths: what flows to each predecessor
		double[] coefficient = new double[n];
		int[] order = new int[n];
		int[] pending = new int[n];
		// levelStart[d] is the index in order of the first node at distance d
		int[] levelStart = new int[n + 2];
		Arrays.fill(distance, -1);
		for (int s = from; s < to; s++) {
			int[] reachable = members[component[s]];
			long arcsLeft = componentArcs[component[s]] - degree(offsets, s);
			int pendingCount = -1;
			int tail = 0;
			order[tail++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			int levels = 0;
			int head = 0;
			while (head < tail) {
				levels++;
				int levelEnd = tail;
				levelStart[levels] = levelEnd;
				if (tail == reachable.length) {
					break;
				}
				int here = levels - 1;
				int next = levels;
				long frontierArcs = 0;
				for (int k = head; k < levelEnd; k++) {
					frontierArcs += degree(offsets, order[k]);
				}
				if (arcsLeft < frontierArcs) {
					// bottom-up: every node not yet reached adds up the paths of its neighbours in the frontier
					if (pendingCount < 0) {
						pendingCount = 0;
						for (int v : reachable) {
							if (distance[v] < 0) {
								pending[pendingCount++] = v;
							}
						}
					}
					int kept = 0;
					for (int p = 0; p < pendingCount; p++) {
						int w = pending[p];
						if (distance[w] >= 0) {
							continue;
						}
						double paths = 0;
						for (int i = offsets[w], end = offsets[w + 1]; i < end; i++) {
							int v = targets[i];
							if (distance[v] == here) {
								paths += sigma[v];
							}
						}
						if (paths > 0) {
							distance[w] = next;
							sigma[w] = paths;
							order[tail++] = w;
							arcsLeft -= degree(offsets, w);
						} else {
							pending[kept++] = w;
						}
					}
					pendingCount = kept;
					head = levelEnd;
				} else {
					for (; head < levelEnd; head++) {
						int v = order[head];
						double paths = sigma[v];
						for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
							int w = targets[i];
							int d = distance[w];
							if (d < 0) {
								distance[w] = next;
								order[tail++] = w;
								sigma[w] = paths;
								arcsLeft -= degree(offsets, w);
							} else if (d == next) {
								sigma[w] += paths;
							}
						}
					}
				}
			}
			levelStart[levels] = tail;
			// the farthest level has no successors: its dependency is 0
			for (int k = levelStart[levels - 1]; k < tail; k++) {
				int w = order[k];
				coefficient[w] = 1 / sigma[w];
			}
			// from far to near; level 0 is the source itself, which gets nothing
			for (int level = levels - 2; level >= 1; level--) {
				int nearStart = levelStart[level];
				int nearEnd = levelStart[level + 1];
				int farEnd = levelStart[level + 2];
				int successor = level + 1;
				if (arcs(offsets, order, nearStart, nearEnd) <= arcs(offsets, order, nearEnd, farEnd)) {
					for (int k = nearStart; k < nearEnd; k++) {
						int v = order[k];
						double pulled = 0;
						for (int i = offsets[v], stop = offsets[v + 1]; i < stop; i++) {
							int w = targets[i];
							if (distance[w] == successor) {
								pulled += coefficient[w];
							}
						}
						delta[v] = sigma[v] * pulled;
					}
				} else {
					for (int k = nearEnd; k < farEnd; k++) {
						int w = order[k];
						double share = coefficient[w];
						for (int i = offsets[w], stop = offsets[w + 1]; i < stop; i++) {
							int v = targets[i];
							if (distance[v] == level) {
								delta[v] += sigma[v] * share;
							}
						}
					}
				}
				for (int k = nearStart; k < nearEnd; k++) {
					int v = order[k];
					centrality[v] += delta[v];
					coefficient[v] = (1 + delta[v]) / sigma[v];
				}
			}
			// reset only what this search touched
			for (int k = 0; k < tail; k++) {
				int v = order[k];
				distance[v] = -1;
				sigma[v] = 0;
				delta[v] = 0;
			}
		}
		return centrality;
	}

	private static int degree(int[] offsets, int v) {
		return offsets[v + 1] - offsets[v];
	}

	private static long arcs(int[] offsets, int[] order, int from, int to) {
		long sum = 0;
		for (int k = from; k < to; k++) {
			sum += degree(offsets, order[k]);
		}
		return sum;
	}
}
