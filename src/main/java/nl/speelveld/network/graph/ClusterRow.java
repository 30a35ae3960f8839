package nl.speelveld.network.graph;

import java.util.List;

/** A small cluster with no connection to the rest of the area: the labels of its nodes. */
public record ClusterRow(List<String> labels) {
}
