package nl.speelveld.network.measures;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A seeded synthetic network shaped like a city's: per wijk a dense cluster of posts, organisations,
 * initiatives and resident groups, in which posts and organisations gather more connections than groups;
 * a few bridging posts per wijk with connections into other wijken; and some citywide organisations
 * (the municipality, a housing corporation) linked to posts in many wijken.
 */
final class SyntheticNetwork {

	private static final NodeKind[] KINDS_PER_WIJK = kinds();

	private SyntheticNetwork() {
	}

	/** Exactly {@code edges} distinct edges over {@code wijken} clusters of 50 nodes plus 10 citywide organisations. */
	static Graph generate(long seed, int wijken, int edges) {
		Random random = new Random(seed);
		Graph.Builder builder = Graph.builder();
		int perWijk = KINDS_PER_WIJK.length;
		int[][] nodes = new int[wijken][perWijk];
		for (int w = 0; w < wijken; w++) {
			for (int i = 0; i < perWijk; i++) {
				NodeKind kind = KINDS_PER_WIJK[i];
				String key = "w" + w + ":" + i;
				nodes[w][i] = kind == NodeKind.POST ? builder.post(key, key, "role" + (i % 6), "org:w" + w + ":" + (i % 4))
						: builder.node(key, kind, key);
			}
		}
		int citywide = 10;
		int[] city = new int[citywide];
		for (int c = 0; c < citywide; c++) {
			city[c] = builder.node("city:" + c, NodeKind.ORGANISATION, "city " + c);
		}
		Set<Long> seen = new HashSet<>();
		int made = 0;
		// about 1 % of the edges bridge wijken: the two first posts of each wijk reach out
		int bridging = edges / 100;
		int citywideEdges = edges / 100;
		while (made < bridging) {
			int a = random.nextInt(wijken);
			int b = random.nextInt(wijken);
			if (a != b && add(builder, seen, nodes[a][random.nextInt(2)], nodes[b][random.nextInt(perWijk)])) {
				made++;
			}
		}
		while (made < bridging + citywideEdges) {
			if (add(builder, seen, city[random.nextInt(citywide)], nodes[random.nextInt(wijken)][random.nextInt(10)])) {
				made++;
			}
		}
		while (made < edges) {
			int[] wijk = nodes[random.nextInt(wijken)];
			if (add(builder, seen, wijk[weighted(random, perWijk)], wijk[weighted(random, perWijk)])) {
				made++;
			}
		}
		return builder.build();
	}

	/** A node index skewed towards the first ones (the posts and organisations): the square of a uniform draw. */
	private static int weighted(Random random, int n) {
		double u = random.nextDouble();
		return (int) (u * u * n);
	}

	private static boolean add(Graph.Builder builder, Set<Long> seen, int a, int b) {
		if (a == b) {
			return false;
		}
		long pair = (long) Math.min(a, b) << 32 | Math.max(a, b);
		if (!seen.add(pair)) {
			return false;
		}
		builder.edge(a, b);
		return true;
	}

	/** 10 posts, 8 organisations, 12 initiatives, 20 resident groups. */
	private static NodeKind[] kinds() {
		NodeKind[] kinds = new NodeKind[50];
		for (int i = 0; i < kinds.length; i++) {
			kinds[i] = i < 10 ? NodeKind.POST : i < 18 ? NodeKind.ORGANISATION : i < 30 ? NodeKind.INITIATIVE : NodeKind.GROUP;
		}
		return kinds;
	}
}
