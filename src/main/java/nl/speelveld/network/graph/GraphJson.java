package nl.speelveld.network.graph;

import nl.speelveld.network.measures.Graph;
import nl.speelveld.network.measures.Measures;

/**
 * The graph for the drawing, as compact JSON: nodes with label, kind and normalised betweenness (for their
 * size), edges as pairs of node numbers. Written by hand: a few fields, and only labels need escaping.
 */
final class GraphJson {

	private GraphJson() {
	}

	static String of(Graph graph, Measures measures) {
		StringBuilder json = new StringBuilder(64 + graph.size() * 48 + graph.edges() * 12);
		json.append("{\"nodes\":[");
		for (int v = 0; v < graph.size(); v++) {
			if (v > 0) {
				json.append(',');
			}
			json.append("{\"label\":");
			string(json, graph.label(v));
			json.append(",\"kind\":\"").append(graph.kind(v).name().toLowerCase(java.util.Locale.ROOT)).append("\",\"b\":");
			json.append(AreaNetwork.round(measures.nodes().get(v).normalisedBetweenness(), 3));
			json.append('}');
		}
		json.append("],\"edges\":[");
		boolean first = true;
		for (int v = 0; v < graph.size(); v++) {
			for (int i = graph.first(v); i < graph.end(v); i++) {
				int w = graph.target(i);
				if (w > v) {
					json.append(first ? "" : ",").append('[').append(v).append(',').append(w).append(']');
					first = false;
				}
			}
		}
		return json.append("]}").toString();
	}

	private static void string(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}

}
