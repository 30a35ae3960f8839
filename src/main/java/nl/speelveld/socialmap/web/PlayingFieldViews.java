package nl.speelveld.socialmap.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Roles;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.playingfield.GoalField;
import nl.speelveld.socialmap.playingfield.Overlap;
import nl.speelveld.socialmap.playingfield.PlayingField;
import nl.speelveld.socialmap.playingfield.PlayingFieldAnalysis;
import nl.speelveld.socialmap.playingfield.ThemeField;
import nl.speelveld.socialmap.playingfield.ThemePost;

import org.springframework.stereotype.Component;

/** Turns a playing field into what its page shows: tables per goal, overlaps side by side, gaps. */
@Component
class PlayingFieldViews {

	/**
	 * Names shown per role in a cell; a gemeente may have hundreds of posts, and the page on who works here
	 * lists them all.
	 */
	static final int NAMES_PER_ROLE = 3;

	private final Roles roles;

	private final PostCards cards;

	PlayingFieldViews(Roles roles, PostCards cards) {
		this.roles = roles;
		this.cards = cards;
	}

	List<GoalTable> tables(PlayingField field) {
		List<GoalTable> tables = new ArrayList<>();
		for (GoalField goal : field.goals()) {
			List<ThemeRow> rows = new ArrayList<>();
			for (ThemeField theme : goal.themes()) {
				Map<String, List<CoveringPost>> byRole = new LinkedHashMap<>();
				for (ThemePost post : theme.posts()) {
					byRole.computeIfAbsent(post.post().roleCode(), code -> new ArrayList<>()).add(post.covering());
				}
				List<RoleCell> cells = byRole.entrySet()
					.stream()
					.map(entry -> new RoleCell(this.roles.get(entry.getKey()), links(entry.getValue(), field.area()),
							Math.max(0, entry.getValue().size() - NAMES_PER_ROLE)))
					.toList();
				rows.add(new ThemeRow(theme.theme(), theme.status(), theme.partly(), cells));
			}
			tables.add(new GoalTable(goal.goal(), rows, !goal.hasPosts()));
		}
		return tables;
	}

	/** Overlaps of the same roles (and as much of the area) are shown together, with their themes. */
	List<OverlapGroup> overlaps(PlayingField field) {
		Map<String, List<Overlap>> groups = new LinkedHashMap<>();
		for (Overlap overlap : field.overlaps()) {
			groups.computeIfAbsent(String.join(",", overlap.roleCodes()) + ":" + overlap.partly(), key -> new ArrayList<>())
				.add(overlap);
		}
		List<OverlapGroup> shown = new ArrayList<>();
		for (List<Overlap> group : groups.values()) {
			List<FocusTheme> themes = group.stream().map(Overlap::theme).toList();
			List<OverlapGroup.Side> sides = new ArrayList<>();
			for (Overlap.Side side : group.get(0).roles()) {
				Map<UUID, CoveringPost> posts = new LinkedHashMap<>();
				group.stream()
					.flatMap(overlap -> overlap.roles().stream())
					.filter(other -> other.role().code().equals(side.role().code()))
					.flatMap(other -> other.posts().stream())
					.forEach(post -> posts.putIfAbsent(post.post().id(), post));
				List<CoveringPost> all = List.copyOf(posts.values());
				sides.add(new OverlapGroup.Side(side.role(), links(all, field.area()), Math.max(0, all.size() - NAMES_PER_ROLE)));
			}
			shown.add(new OverlapGroup(themes, sides, group.get(0).partly()));
		}
		return shown;
	}

	List<GapItem> gaps(PlayingField field) {
		Set<String> present = field.goals()
			.stream()
			.flatMap(goal -> goal.themes().stream())
			.flatMap(theme -> theme.roleCodes().stream())
			.collect(Collectors.toSet());
		return field.gaps()
			.themes()
			.stream()
			.map(theme -> new GapItem(theme,
					this.roles.all().stream().filter(role -> role.focus().contains(theme.code())).toList(), present))
			.toList();
	}

	private List<PostLink> links(List<CoveringPost> posts, AreaCode area) {
		return posts.stream().limit(NAMES_PER_ROLE).map(post -> link(post, area)).toList();
	}

	/** A post in a part of the area says which part; it may also work elsewhere, which is not said here. */
	private PostLink link(CoveringPost post, AreaCode area) {
		String via = post.coverage() != Coverage.CHILD ? ""
				: post.via()
					.stream()
					.filter(code -> PlayingFieldAnalysis.lies(code, area))
					.map(this.cards::name)
					.collect(Collectors.joining(", "));
		return PostLink.of(post.post(), post.stale(), via);
	}

}
