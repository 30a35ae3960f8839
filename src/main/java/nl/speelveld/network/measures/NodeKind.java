package nl.speelveld.network.measures;

/**
 * What a node of the network stands for. A group is a pseudonymous resident group (for example a street's
 * residents), never a single person: the network holds no residents by name.
 */
public enum NodeKind {
	ORGANISATION, INITIATIVE, POST, GROUP
}
