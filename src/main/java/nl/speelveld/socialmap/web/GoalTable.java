package nl.speelveld.socialmap.web;

import java.util.List;

import nl.speelveld.roles.Goal;

/** One goal on the playing-field page: a row per theme; {@code nobody} when no one works on any of them. */
public record GoalTable(Goal goal, List<ThemeRow> rows, boolean nobody) {
}
