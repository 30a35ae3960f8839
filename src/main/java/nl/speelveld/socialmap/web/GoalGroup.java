package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.Goal;

/** The roles whose main goal is {@code goal}, with their posts. */
public record GoalGroup(Goal goal, List<RoleGroup> roles) {

	public int postCount() {
		return this.roles.stream().mapToInt(group -> group.posts().size()).sum();
	}

}
