package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.RoleType;

/** The posts of one role type on a page, under the role's name and definition. */
public record RoleGroup(RoleType role, List<PostCard> posts) {
}
