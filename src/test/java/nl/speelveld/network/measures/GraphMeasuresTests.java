package nl.speelveld.network.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

/**
 * The measures on small graphs whose values can be worked out by hand. Raw betweenness counts unordered pairs
 * {s, t} (s, t not the node itself) weighted by the share of shortest s-t paths through the node; normalised
 * divides by (n-1)(n-2)/2.
 */
class GraphMeasuresTests {

	private static final double EPSILON = 1e-12;

	/** Groups, each its own party, with the given edges. */
	private static Graph graph(int n, int[]... edges) {
		Graph.Builder builder = Graph.builder();
		for (int v = 0; v < n; v++) {
			builder.node("group:" + v, NodeKind.GROUP, "Bewonersgroep " + v);
		}
		for (int[] edge : edges) {
			builder.edge(edge[0], edge[1]);
		}
		return builder.build();
	}

	private static Graph path5() {
		return graph(5, new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 2, 3 }, new int[] { 3, 4 });
	}

	private static Graph star5() {
		return graph(5, new int[] { 0, 1 }, new int[] { 0, 2 }, new int[] { 0, 3 }, new int[] { 0, 4 });
	}

	/** Triangles 0-1-2 and 3-4-5 joined by the edge 2-3. */
	private static Graph barbell() {
		return graph(6, new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 0, 2 }, new int[] { 3, 4 }, new int[] { 4, 5 },
				new int[] { 3, 5 }, new int[] { 2, 3 });
	}

	private static Graph cycle6() {
		return graph(6, new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 2, 3 }, new int[] { 3, 4 }, new int[] { 4, 5 },
				new int[] { 5, 0 });
	}

	@Test
	void pathOfFive() {
		// 0-1-2-3-4, every shortest path unique.
		// node 1 lies between 0 and each of 2, 3, 4: 3 pairs. node 3 likewise: 3.
		// node 2 lies between {0,1} and {3,4}: 2 x 2 = 4 pairs. The ends lie between no one: 0.
		// normalised: (5-1)(5-2)/2 = 6 pairs, so 3/6 = 0.5, 4/6 = 0.667, 3/6 = 0.5.
		double[] raw = Betweenness.raw(path5());
		assertThat(raw).containsExactly(new double[] { 0, 3, 4, 3, 0 }, within(EPSILON));
		assertThat(Betweenness.normalised(raw)).containsExactly(new double[] { 0, 0.5, 4.0 / 6, 0.5, 0 }, within(EPSILON));
		assertThat(Bridges.of(path5())).containsExactly(edge(0, 1), edge(1, 2), edge(2, 3), edge(3, 4));
		assertThat(sizes(Clusters.of(path5()))).containsExactly(5);
		assertThat(path5().degree(2)).isEqualTo(2);
	}

	@Test
	void star() {
		// centre 0 lies on the one shortest path of every pair of leaves: C(4,2) = 6 pairs; normalised 6/6 = 1.
		double[] raw = Betweenness.raw(star5());
		assertThat(raw).containsExactly(new double[] { 6, 0, 0, 0, 0 }, within(EPSILON));
		assertThat(Betweenness.normalised(raw)[0]).isCloseTo(1.0, within(EPSILON));
		assertThat(Bridges.of(star5())).containsExactly(edge(0, 1), edge(0, 2), edge(0, 3), edge(0, 4));
		assertThat(sizes(Clusters.of(star5()))).containsExactly(5);
		assertThat(star5().degree(0)).isEqualTo(4);
	}

	@Test
	void barbellOfTwoTriangles() {
		// 2 lies on the one shortest path from 0 and from 1 to each of 3, 4, 5: 2 x 3 = 6 pairs; 3 likewise: 6.
		// 0, 1, 4, 5 lie between no one (0 and 1 are adjacent, and so are 0 and 2, 1 and 2).
		// normalised: (6-1)(6-2)/2 = 10 pairs, so 6/10 = 0.6.
		double[] raw = Betweenness.raw(barbell());
		assertThat(raw).containsExactly(new double[] { 0, 0, 6, 6, 0, 0 }, within(EPSILON));
		assertThat(Betweenness.normalised(raw)[2]).isCloseTo(0.6, within(EPSILON));
		assertThat(Bridges.of(barbell())).containsExactly(edge(2, 3));
		assertThat(sizes(Clusters.of(barbell()))).containsExactly(6);
	}

	@Test
	void cycleOfSix() {
		// For node 0 (all nodes alike): {1,5} at distance 2 has its one path through 0: 1.
		// The opposite pairs {1,4} and {2,5} at distance 3 have two paths each, one through 0: 1/2 + 1/2.
		// Every other pair avoids 0. Total 2; check: 6 pairs at distance 2 add 1 each and 3 pairs at distance 3
		// add 2 each, 12 in all over 6 nodes = 2. Normalised 2/10 = 0.2. A cycle has no bridge.
		double[] raw = Betweenness.raw(cycle6());
		assertThat(raw).containsExactly(new double[] { 2, 2, 2, 2, 2, 2 }, within(EPSILON));
		assertThat(Betweenness.normalised(raw)[4]).isCloseTo(0.2, within(EPSILON));
		assertThat(Bridges.of(cycle6())).isEmpty();
		assertThat(sizes(Clusters.of(cycle6()))).containsExactly(6);
	}

	@Test
	void emptyGraph() {
		Graph empty = graph(0);
		assertThat(Betweenness.raw(empty)).isEmpty();
		assertThat(Bridges.of(empty)).isEmpty();
		assertThat(Clusters.of(empty)).isEmpty();
		assertThat(Brokerage.of(empty)).isEmpty();
		Measures measures = Measures.of(empty);
		assertThat(measures.nodes()).isEmpty();
		assertThat(measures.roles()).isEmpty();
	}

	@Test
	void singleNode() {
		Graph one = graph(1);
		assertThat(Betweenness.raw(one)).containsExactly(0.0);
		assertThat(Betweenness.normalised(new double[] { 0 })).containsExactly(0.0);
		assertThat(Bridges.of(one)).isEmpty();
		List<Clusters.Cluster> clusters = Clusters.of(one);
		assertThat(sizes(clusters)).containsExactly(1);
		// the only cluster is the largest, so it is not flagged as an isolated small one
		assertThat(clusters.get(0).small()).isFalse();
	}

	@Test
	void separateClustersAreFoundAndTheSmallOnesFlagged() {
		// 0-1-2-3 a path, 4-5 a pair, 6 alone: three clusters; the pair and the loner are small
		Graph graph = graph(7, new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 2, 3 }, new int[] { 4, 5 });
		List<Clusters.Cluster> clusters = Clusters.of(graph);
		assertThat(sizes(clusters)).containsExactly(4, 2, 1);
		assertThat(clusters).extracting(Clusters.Cluster::small).containsExactly(false, true, true);
		assertThat(clusters.get(1).nodes()).containsExactly(4, 5);
		assertThat(Bridges.of(graph)).containsExactly(edge(0, 1), edge(1, 2), edge(2, 3), edge(4, 5));
		// pairs in different clusters have no path and add nothing: 1 lies between 0 and {2, 3}
		assertThat(Betweenness.raw(graph)).containsExactly(new double[] { 0, 2, 2, 0, 0, 0, 0 }, within(EPSILON));
	}

	@Test
	void repeatedAndSelfEdgesCountOnce() {
		Graph graph = graph(2, new int[] { 0, 1 }, new int[] { 1, 0 }, new int[] { 0, 1 }, new int[] { 1, 1 });
		assertThat(graph.edges()).isEqualTo(1);
		assertThat(graph.degree(0)).isEqualTo(1);
		assertThat(Bridges.of(graph)).containsExactly(edge(0, 1));
	}

	@Test
	void brokerageCountsPairsOfDifferentPartiesOnlyThisNodeConnects() {
		// star: the centre alone connects all C(4,2) = 6 pairs of leaves, each leaf its own party
		assertThat(Brokerage.of(star5())).containsExactly(6, 0, 0, 0, 0);
		// barbell: 2 connects 0-3 and 1-3 (0-1 are adjacent); 3 likewise 2-4 and 2-5
		assertThat(Brokerage.of(barbell())).containsExactly(0, 0, 2, 2, 0, 0);
		// a square 0-1-3-2-0: 1 and 2 meet through 0 and through 3, so neither 0 nor 3 is their only link
		Graph square = graph(4, new int[] { 0, 1 }, new int[] { 0, 2 }, new int[] { 3, 1 }, new int[] { 3, 2 });
		assertThat(Brokerage.of(square)).containsExactly(0, 0, 0, 0);
	}

	@Test
	void brokerageBetweenColleaguesOfOneOrganisationDoesNotCount() {
		// a post of organisation A linked to two posts of organisation B and to one resident group
		Graph.Builder builder = Graph.builder();
		int broker = builder.post("post:a1", "Opbouwwerker", "opbouwwerker", "org:a");
		int colleague1 = builder.post("post:b1", "Wijkagent", "wijkagent", "org:b");
		int colleague2 = builder.post("post:b2", "Wijkagent", "wijkagent", "org:b");
		int group = builder.node("group:1", NodeKind.GROUP, "Bewonersgroep Zwaluwstraat");
		builder.edge(broker, colleague1).edge(broker, colleague2).edge(broker, group);
		// pairs: {b1, b2} same party, no; {b1, group} and {b2, group} yes
		assertThat(Brokerage.of(builder.build())[broker]).isEqualTo(2);
	}

	@Test
	void rolesAddUpTheirPosts() {
		// path: group 0 - post A (role x) - post B (role x) - post C (role y) - organisation
		Graph.Builder builder = Graph.builder();
		int group = builder.node("group:1", NodeKind.GROUP, "Bewonersgroep Merelstraat");
		int a = builder.post("post:a", "A", "x", "org:1");
		int b = builder.post("post:b", "B", "x", "org:2");
		int c = builder.post("post:c", "C", "y", "org:3");
		int organisation = builder.node("org:4", NodeKind.ORGANISATION, "Stichting");
		builder.edge(group, a).edge(a, b).edge(b, c).edge(c, organisation);
		Measures measures = Measures.of(builder.build());
		// raw betweenness on a path of five: 0, 3, 4, 3, 0, so role x has 3 + 4 = 7 and role y 3
		assertThat(measures.roles()).extracting(Measures.RoleMeasure::roleCode).containsExactly("x", "y");
		Measures.RoleMeasure x = measures.roles().get(0);
		assertThat(x.posts()).isEqualTo(2);
		assertThat(x.totalBetweenness()).isCloseTo(7, within(EPSILON));
		assertThat(x.highestBetweenness()).isCloseTo(4, within(EPSILON));
		assertThat(x.meanDegree()).isCloseTo(2, within(EPSILON));
		assertThat(x.meanNormalisedBetweenness()).isCloseTo((3 + 4) / 6.0 / 2, within(EPSILON));
		assertThat(measures.topBrokers(NodeKind.POST, 1)).extracting(Measures.NodeMeasure::node).containsExactly(b);
		assertThat(measures.topBrokers(NodeKind.GROUP, 5)).hasSize(1);
	}

	@Test
	void matchesCountingAllShortestPathsAndDoesNotDependOnTheNumberOfThreads() {
		// sparse (top-down search, pulled dependencies), dense (bottom-up levels, pushed dependencies) and
		// clustered with separate parts, so that every way through the search is compared with the definition
		assertMatchesDefinition(random(42, 60, 110));
		assertMatchesDefinition(random(7, 80, 1500));
		assertMatchesDefinition(SyntheticNetwork.generate(3, 6, 1200));
		Graph.Builder parts = Graph.builder();
		Graph a = random(11, 40, 300);
		for (int v = 0; v < 100; v++) {
			parts.node("n" + v, NodeKind.GROUP, "n" + v);
		}
		for (int v = 0; v < a.size(); v++) {
			for (int i = a.first(v); i < a.end(v); i++) {
				parts.edge(v, a.target(i)).edge(50 + v, 50 + a.target(i));
			}
		}
		assertMatchesDefinition(parts.edge(90, 91).edge(91, 92).build());
	}

	private static Graph random(long seed, int n, int edges) {
		Random random = new Random(seed);
		Graph.Builder builder = Graph.builder();
		for (int v = 0; v < n; v++) {
			builder.node("n" + v, NodeKind.ORGANISATION, "n" + v);
		}
		for (int e = 0; e < edges; e++) {
			builder.edge(random.nextInt(n), random.nextInt(n));
		}
		return builder.build();
	}

	private static void assertMatchesDefinition(Graph graph) {
		double[] parallel = Betweenness.raw(graph);
		ForkJoinPool one = new ForkJoinPool(1);
		double[] serial = Betweenness.raw(graph, one);
		one.shutdown();
		assertThat(Arrays.equals(parallel, serial)).as("bit for bit the same").isTrue();
		assertThat(parallel).containsExactly(bruteForce(graph), within(1e-9));
	}

	/** Betweenness from its definition: for every pair s &lt; t and node v on a shortest path, sigma(s,v) sigma(v,t) / sigma(s,t). */
	private static double[] bruteForce(Graph graph) {
		int n = graph.size();
		int[][] distance = new int[n][];
		double[][] sigma = new double[n][];
		for (int s = 0; s < n; s++) {
			distance[s] = new int[n];
			sigma[s] = new double[n];
			Arrays.fill(distance[s], -1);
			distance[s][s] = 0;
			sigma[s][s] = 1;
			ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(s));
			while (!queue.isEmpty()) {
				int v = queue.poll();
				for (int i = graph.first(v); i < graph.end(v); i++) {
					int w = graph.target(i);
					if (distance[s][w] < 0) {
						distance[s][w] = distance[s][v] + 1;
						queue.add(w);
					}
					if (distance[s][w] == distance[s][v] + 1) {
						sigma[s][w] += sigma[s][v];
					}
				}
			}
		}
		double[] result = new double[n];
		for (int s = 0; s < n; s++) {
			for (int t = s + 1; t < n; t++) {
				if (distance[s][t] < 0) {
					continue;
				}
				for (int v = 0; v < n; v++) {
					if (v != s && v != t && distance[s][v] >= 0 && distance[v][t] >= 0
							&& distance[s][v] + distance[v][t] == distance[s][t]) {
						result[v] += sigma[s][v] * sigma[v][t] / sigma[s][t];
					}
				}
			}
		}
		return result;
	}

	private static Bridges.Edge edge(int a, int b) {
		return new Bridges.Edge(a, b);
	}

	private static List<Integer> sizes(List<Clusters.Cluster> clusters) {
		return clusters.stream().map(Clusters.Cluster::size).toList();
	}
}
