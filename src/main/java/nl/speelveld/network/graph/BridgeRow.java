package nl.speelveld.network.graph;

/** A connection that is the only link between two parts of the network. */
public record BridgeRow(String a, String aKind, String b, String bKind) {
}
