package nl.speelveld.routing;

import java.util.List;
import java.util.Optional;

import nl.speelveld.areas.Area;

/** The wegwijzer's answer: the roles that fit, best first, and the people in the top roles at the place. */
public record Answer(Area place, Setting setting, List<RoleMatch> roles, List<RolePeople> people) {

	public Answer {
		roles = List.copyOf(roles);
		people = List.copyOf(people);
	}

	public Optional<RolePeople> peopleFor(String roleCode) {
		return this.people.stream().filter(people -> people.roleCode().equals(roleCode)).findFirst();
	}

}
