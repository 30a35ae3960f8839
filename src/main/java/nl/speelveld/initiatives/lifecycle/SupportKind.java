package nl.speelveld.initiatives.lifecycle;

import java.util.List;

/** What an initiative can ask the gemeente and the professionals for; pages name them ({@code initiative.support.*}). */
public final class SupportKind {

	public static final String MONEY = "money";

	public static final String SPACE = "space";

	public static final List<String> ALL = List.of(MONEY, SPACE, "expertise", "permits", "people");

	private SupportKind() {
	}

}
