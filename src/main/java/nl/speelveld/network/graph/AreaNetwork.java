package nl.speelveld.network.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.network.connections.Connection;
import nl.speelveld.network.connections.ConnectionStore;
import nl.speelveld.network.connections.EndpointNames;
import nl.speelveld.network.connections.NamedEndpoint;
import nl.speelveld.network.measures.Bridges;
import nl.speelveld.network.measures.Clusters;
import nl.speelveld.network.measures.Graph;
import nl.speelveld.network.measures.Measures;
import nl.speelveld.network.measures.NodeKind;
import nl.speelveld.roles.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network of an area and its parts, for professionals and coordinators: the connections logged there as a
 * graph, with its measures. Groups of residents appear by pseudonym only, and nothing says who logged what.
 */
@Service
public class AreaNetwork {

	/** Beyond this the page shows the tables only: a drawing of thousands of nodes reads as a blur. */
	static final int DRAWN_NODES = 250;

	static final int TOP = 10;

	/** The most connections read for one page; the measures take under two seconds at this size. */
	private static final int CONNECTIONS = 100_000;

	private final ConnectionStore store;

	private final EndpointNames names;

	private final Roles roles;

	AreaNetwork(ConnectionStore store, EndpointNames names, Roles roles) {
		this.store = store;
		this.names = names;
		this.roles = roles;
	}

	/** Refuses whoever may not see networks: anonymous visitors are asked to sign in, residents get 403. */
	@PreAuthorize("@permissions.isProfessional()")
	public void mayLook() {
		// the check is the annotation
	}

	@PreAuthorize("@permissions.isProfessional()")
	@Transactional(readOnly = true)
	public NetworkView of(AreaCode area, Locale locale, String removedLabel) {
		List<Connection> connections = this.store.inArea(area, CONNECTIONS);
		EndpointNames.Lookup lookup = this.names.lookup();
		Graph.Builder builder = Graph.builder();
		Map<Integer, NamedEndpoint> named = new HashMap<>();
		for (Connection connection : connections) {
			int from = node(builder, lookup.name(connection.from(), removedLabel), named);
			int to = node(builder, lookup.name(connection.to(), removedLabel), named);
			builder.edge(from, to);
		}
		Graph graph = builder.build();
		Measures measures = Measures.of(graph);
		Map<String, String> roleNames = new HashMap<>();
		List<NodeRow> posts = measures.topBrokers(NodeKind.POST, TOP)
			.stream()
			.map(node -> row(graph, node, named, roleNames, locale))
			.toList();
		List<NodeRow> others = measures.topBrokers(null, graph.size())
			.stream()
			.filter(node -> graph.kind(node.node()) != NodeKind.POST)
			.limit(TOP)
			.map(node -> row(graph, node, named, roleNames, locale))
			.toList();
		List<RoleRow> roleRows = measures.roles()
			.stream()
			.map(role -> new RoleRow(roleName(role.roleCode(), roleNames, locale), role.posts(), round(role.meanDegree(), 1),
					round(role.totalBetweenness(), 1), round(role.meanNormalisedBetweenness(), 3), role.brokerage()))
			.toList();
		List<BridgeRow> bridges = new ArrayList<>();
		for (Bridges.Edge edge : measures.bridges()) {
			bridges.add(new BridgeRow(graph.label(edge.a()), kind(graph, edge.a()), graph.label(edge.b()), kind(graph, edge.b())));
		}
		List<ClusterRow> isolated = measures.clusters()
			.stream()
			.filter(Clusters.Cluster::small)
			.map(cluster -> new ClusterRow(java.util.Arrays.stream(cluster.nodes()).mapToObj(graph::label).toList()))
			.toList();
		String json = graph.size() <= DRAWN_NODES ? GraphJson.of(graph, measures) : "";
		return new NetworkView(connections.size(), graph.size(), graph.edges(), measures.clusters().size(), posts, others,
				roleRows, List.copyOf(bridges), isolated, json);
	}

	private static int node(Graph.Builder builder, NamedEndpoint endpoint, Map<Integer, NamedEndpoint> named) {
		int index = builder.node(endpoint.key(), endpoint.kind().node(), endpoint.label(), endpoint.roleCode(),
				endpoint.affiliation());
		named.putIfAbsent(index, endpoint);
		return index;
	}

	private NodeRow row(Graph graph, Measures.NodeMeasure node, Map<Integer, NamedEndpoint> named,
			Map<String, String> roleNames, Locale locale) {
		NamedEndpoint endpoint = named.get(node.node());
		String role = graph.roleCode(node.node());
		return new NodeRow(graph.label(node.node()), endpoint == null ? null : endpoint.organisation(),
				kind(graph, node.node()), role == null ? null : roleName(role, roleNames, locale), node.degree(),
				round(node.normalisedBetweenness(), 3), round(node.betweenness(), 1), node.brokerage());
	}

	private String roleName(String code, Map<String, String> roleNames, Locale locale) {
		return roleNames.computeIfAbsent(code, key -> this.roles.find(key).map(role -> role.name(locale)).orElse(key));
	}

	private static String kind(Graph graph, int node) {
		return graph.kind(node).name().toLowerCase(Locale.ROOT);
	}

	static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

}
