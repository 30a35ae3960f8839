package nl.speelveld.routing.web;

import nl.speelveld.roles.RoleType;
import nl.speelveld.routing.RoleMatch;
import nl.speelveld.routing.RolePeople;
import org.jspecify.annotations.Nullable;

/** One role in the wegwijzer's answer, as the page shows it: its place in the ranking, why, and who. */
public record RoleAnswer(int rank, RoleMatch match, RoleType role, @Nullable RolePeople people) {

	public String headingId() {
		return "rol-" + this.match.roleCode();
	}

}
