package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.RoleType;

/** A role working on a theme, in a row of the playing-field table: its first posts, and how many more. */
public record RoleCell(RoleType role, List<PostLink> posts, int more) {

	public int count() {
		return this.posts.size() + this.more;
	}

}
