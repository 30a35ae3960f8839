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
		List<double[]> partials = pool.submit(() -> IntStream.range(0, chunks).parallel()
				.mapToObj(chunk -> chunk(graph, (int) ((long) n * chunk / chunks), (int) ((long) n * (chunk + 1) / chunks)))
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

	/** Brandes' sums (over ordered pairs) for the sources from..to-1. */
	private static double[] chunk(Graph graph, int from, int to) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		double[] centrality = new double[n];
		int[] distance = new int[n];
		double[] sigma = new double[n];
		double[] delta = new double[n];
		int[] order = new int[n];
		Arrays.fill(distance, -1);
		for (int s = from; s < to; s++) {
			// breadth-first search; order doubles as the queue and, read backwards, as the stack
			int head = 0;
			int tail = 0;
			order[tail++] = s;
			distance[s] = 0;
			sigma[s] = 1;
			while (head < tail) {
				int v = order[head++];
				int next = distance[v] + 1;
				double paths = sigma[v];
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					int w = targets[i];
					if (distance[w] < 0) {
						distance[w] = next;
						order[tail++] = w;
					}
					if (distance[w] == next) {
						sigma[w] += paths;
					}
				}
			}
			// dependencies, farthest first; predecessors are the neighbours one step closer to s, found again
			// by scanning rather than stored in lists, which saves allocating a list per node per source
			for (int k = tail - 1; k > 0; k--) {
				int w = order[k];
				double share = (1 + delta[w]) / sigma[w];
				int previous = distance[w] - 1;
				for (int i = offsets[w], end = offsets[w + 1]; i < end; i++) {
					int v = targets[i];
					if (distance[v] == previous) {
						delta[v] += sigma[v] * share;
					}
				}
				centrality[w] += delta[w];
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
}
