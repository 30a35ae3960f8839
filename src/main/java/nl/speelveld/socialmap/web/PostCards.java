package nl.speelveld.socialmap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.CoveringPost;

import org.springframework.stereotype.Component;

/** Turns posts into cards grouped by goal and role, in the order of the role typology. */
@Component
class PostCards {

	private final Roles roles;

	private final Areas areas;

	PostCards(Roles roles, Areas areas) {
		this.roles = roles;
		this.areas = areas;
	}

	List<GoalGroup> byGoalAndRole(List<CoveringPost> posts) {
		Map<String, List<PostCard>> byRole = new LinkedHashMap<>();
		for (CoveringPost post : posts) {
			byRole.computeIfAbsent(post.post().roleCode(), code -> new ArrayList<>()).add(card(post));
		}
		List<GoalGroup> groups = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			List<RoleGroup> roleGroups = new ArrayList<>();
			for (RoleType role : this.roles.all()) {
				List<PostCard> cards = byRole.get(role.code());
				if (cards != null && role.primaryGoal() == goal) {
					roleGroups.add(new RoleGroup(role, cards));
				}
			}
			groups.add(new GoalGroup(goal, roleGroups));
		}
		return groups;
	}

	PostCard card(CoveringPost post) {
		return new PostCard(post.post(), post.coverage(), post.via().stream().map(this::name).toList(), post.stale());
	}

	String name(AreaCode code) {
		return this.areas.summary(code).map(AreaSummary::name).orElse(code.value());
	}

}
