package nl.speelveld.network.measures;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * Betweenness on the synthetic network (bench/network.sh): the median of several runs, in parallel and on one
 * thread, next to a breadth-first search from every source without counting paths or accumulating
 * dependencies, which is the least any exact betweenness must do.
 *
 * <p>Arguments: rounds (default 7), wijken (default 120), edges (default 100000).
 */
public final class NetworkBenchmark {

	private NetworkBenchmark() {
	}

	public static void main(String[] args) {
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		int wijken = args.length > 1 ? Integer.parseInt(args[1]) : 120;
		int edges = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
		long started = System.nanoTime();
		Graph graph = SyntheticNetwork.generate(20_240_601L, wijken, edges);
		System.out.printf("network: %,d nodes, %,d edges, %d wijken, %d clusters, %d bridges (generated in %d ms)%n",
				graph.size(), graph.edges(), wijken, Clusters.of(graph).size(), Bridges.of(graph).size(),
				(System.nanoTime() - started) / 1_000_000);
		System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
		ForkJoinPool one = new ForkJoinPool(1);
		double[] parallel = Betweenness.raw(graph);
		double[] serial = Betweenness.raw(graph, one);
		System.out.printf("parallel and single-threaded results identical: %s%n", Arrays.equals(parallel, serial));
		// warm up the JIT on every measured path before timing
		median(2, () -> Betweenness.raw(graph));
		median(1, () -> Betweenness.raw(graph, one));
		median(1, () -> bfsFromEverySource(graph));
		double brandes = median(rounds, () -> Betweenness.raw(graph));
		double brandesOne = median(rounds, () -> Betweenness.raw(graph, one));
		double bfs = median(rounds, () -> bfsFromEverySource(graph));
		one.shutdown();
		System.out.printf("median of %d runs, seconds:%n", rounds);
		System.out.printf("  betweenness, parallel (Brandes)          %7.3f  (aim <= 2 s: %s)%n", brandes, brandes <= 2 ? "met" : "NOT met");
		System.out.printf("  betweenness, one thread                  %7.3f  (%.2fx the parallel time)%n", brandesOne, brandesOne / brandes);
		System.out.printf("  reference: BFS from every source, 1 thr  %7.3f  (Brandes one thread / BFS: %.2fx)%n", bfs, brandesOne / bfs);
	}

	private static double median(int rounds, Runnable task) {
		double[] seconds = new double[rounds];
		for (int r = 0; r < rounds; r++) {
			long start = System.nanoTime();
			task.run();
			seconds[r] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds[rounds / 2];
	}

	/** Visits every node from every source in breadth-first order; returns a checksum so the work is not dropped. */
	static long bfsFromEverySource(Graph graph) {
		int n = graph.size();
		int[] offsets = graph.offsets();
		int[] targets = graph.targets();
		int[] distance = new int[n];
		int[] queue = new int[n];
		Arrays.fill(distance, -1);
		long checksum = 0;
		for (int s = 0; s < n; s++) {
			int head = 0;
			int tail = 0;
			queue[tail++] = s;
			distance[s] = 0;
			while (head < tail) {
				int v = queue[head++];
				for (int i = offsets[v]; i < offsets[v + 1]; i++) {
					int w = targets[i];
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						queue[tail++] = w;
					}
				}
			}
			for (int k = 0; k < tail; k++) {
				checksum += distance[queue[k]];
				distance[queue[k]] = -1;
			}
		}
		return checksum;
	}
}
