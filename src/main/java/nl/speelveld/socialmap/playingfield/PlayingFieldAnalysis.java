package nl.speelveld.socialmap.playingfield;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;
import nl.speelveld.roles.RoleType;
import nl.speelveld.socialmap.CoveringPost;
import org.jspecify.annotations.Nullable;

/**
 * Works out the playing field of one area from the posts that reach it. Everything it needs is handed in,
 * so the rules below can be tested without a database.
 * <ul>
 * <li>A post works on a theme when the theme is in its focus. A post that lists no focus at all works on
 * the themes of its role type: the typology says what such a post is for.</li>
 * <li>A post that reaches the area only through a part of it (a buurtconciërge of one buurt, seen from the
 * wijk) counts for the theme, but only partly: a theme with nothing but such posts is partly covered.</li>
 * <li>An overlap is a theme on which posts of two or more role types work in the same place. A post for the
 * whole area (its own, or a larger area around it) meets every other post; two posts in parts of the area
 * meet where those parts are the same or lie in one another. An overlap in a part only is marked so.</li>
 * <li>A gap is a theme nobody works on; a goal is a gap when nobody works on any of its themes.</li>
 * <li>A norm (inhabitants per post) asks for inhabitants divided by the norm, rounded up. A post counts
 * for the share of the inhabitants of its working area that live in this area: a wijkagent for a whole
 * gemeente counts in a wijk for the wijk's share of the gemeente's population, one for two wijken for
 * each wijk's share, one for a single buurt fully in that buurt's wijk. When CBS has no population for an
 * area involved, the post counts equally for each of its areas and the check says it is an estimate.</li>
 * <li>Posts whose data was not confirmed in time are counted everywhere, and flagged.</li>
 * </ul>
 */
public final class PlayingFieldAnalysis {

	private final List<RoleType> roles;

	private final Map<String, RoleType> rolesByCode = new LinkedHashMap<>();

	private final Map<String, Integer> roleOrder = new HashMap<>();

	private final List<FocusTheme> themes;

	private final Map<String, Norm> norms;

	public PlayingFieldAnalysis(List<RoleType> roles, List<FocusTheme> themes, Map<String, Norm> norms) {
		this.roles = List.copyOf(roles);
		this.themes = List.copyOf(themes);
		this.norms = Map.copyOf(norms);
		for (RoleType role : roles) {
			this.roleOrder.put(role.code(), this.roleOrder.size());
			this.rolesByCode.put(role.code(), role);
		}
	}

	/**
	 * The playing field of {@code area} with {@code inhabitants} (null when unknown), given every post that
	 * reaches it. {@code population} gives the inhabitants of other areas (null when unknown); it is asked
	 * only about the working areas of posts of role types with a norm.
	 */
	public PlayingField analyse(AreaCode area, @Nullable Integer inhabitants, List<CoveringPost> posts,
			Function<AreaCode, @Nullable Integer> population) {
		List<CoveringPost> known = posts.stream()
			.filter(post -> this.rolesByCode.containsKey(post.post().roleCode()))
			.sorted(Comparator.comparing((CoveringPost post) -> this.roleOrder.get(post.post().roleCode()))
				.thenComparing(CoveringPost::coverage)
				.thenComparing(post -> post.post().name()))
			.toList();
		List<GoalField> goals = new ArrayList<>();
		List<Overlap> overlaps = new ArrayList<>();
		List<FocusTheme> gapThemes = new ArrayList<>();
		for (Goal goal : Goal.values()) {
			List<ThemeField> fields = new ArrayList<>();
			for (FocusTheme theme : this.themes) {
				if (theme.goal() != goal) {
					continue;
				}
				List<ThemePost> working = workingOn(theme, known);
				Optional<Overlap> overlap = overlap(theme, working, area);
				overlap.ifPresent(overlaps::add);
				if (working.isEmpty()) {
					gapThemes.add(theme);
				}
				fields.add(new ThemeField(theme, working, status(working, overlap.isPresent())));
			}
			goals.add(new GoalField(goal, fields));
		}
		List<Goal> gapGoals = goals.stream().filter(goal -> !goal.hasPosts()).map(GoalField::goal).toList();
		return new PlayingField(area, inhabitants, goals, overlaps, new Gaps(gapThemes, gapGoals),
				norms(area, inhabitants, known, population));
	}

	private List<ThemePost> workingOn(FocusTheme theme, List<CoveringPost> posts) {
		List<ThemePost> working = new ArrayList<>();
		for (CoveringPost post : posts) {
			List<String> focus = post.post().focus();
			if (focus.isEmpty() && this.rolesByCode.get(post.post().roleCode()).focus().contains(theme.code())) {
				working.add(new ThemePost(post, true));
			}
			else if (focus.contains(theme.code())) {
				working.add(new ThemePost(post, false));
			}
		}
		return working;
	}

	private static ThemeStatus status(List<ThemePost> posts, boolean overlap) {
		if (posts.isEmpty()) {
			return ThemeStatus.GAP;
		}
		if (overlap) {
			return ThemeStatus.OVERLAP;
		}
		return posts.stream().allMatch(ThemePost::partly) ? ThemeStatus.PARTLY : ThemeStatus.COVERED;
	}

	private Optional<Overlap> overlap(FocusTheme theme, List<ThemePost> posts, AreaCode area) {
		Set<String> wholeRoles = new HashSet<>();
		Set<String> allRoles = new HashSet<>();
		// Roles with a post in exactly this part of the area, and roles with a post in this part or inside it.
		Map<AreaCode, Set<String>> at = new HashMap<>();
		Map<AreaCode, Set<String>> atOrInside = new HashMap<>();
		for (ThemePost post : posts) {
			String role = post.post().roleCode();
			allRoles.add(role);
			if (!post.partly()) {
				wholeRoles.add(role);
				continue;
			}
			for (AreaCode place : places(post.covering(), area)) {
				at.computeIfAbsent(place, code -> new HashSet<>()).add(role);
				for (AreaCode around : chain(place, area)) {
					atOrInside.computeIfAbsent(around, code -> new HashSet<>()).add(role);
				}
			}
		}
		if (allRoles.size() < 2) {
			return Optional.empty();
		}
		Map<String, List<CoveringPost>> meeting = new LinkedHashMap<>();
		for (ThemePost post : posts) {
			String role = post.post().roleCode();
			Set<String> met = new HashSet<>(post.partly() ? wholeRoles : allRoles);
			if (post.partly()) {
				for (AreaCode place : places(post.covering(), area)) {
					met.addAll(atOrInside.getOrDefault(place, Set.of()));
					for (AreaCode around : chain(place, area)) {
						met.addAll(at.getOrDefault(around, Set.of()));
					}
				}
			}
			met.remove(role);
			if (!met.isEmpty()) {
				meeting.computeIfAbsent(role, code -> new ArrayList<>()).add(post.covering());
			}
		}
		if (meeting.size() < 2) {
			return Optional.empty();
		}
		List<Overlap.Side> sides = meeting.entrySet()
			.stream()
			.map(entry -> new Overlap.Side(this.rolesByCode.get(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();
		return Optional.of(new Overlap(theme, sides, wholeRoles.size() < 2));
	}

	/** The parts of the area through which a post reaches it; a post may also work elsewhere. */
	private static List<AreaCode> places(CoveringPost post, AreaCode area) {
		return post.via().stream().filter(code -> !code.equals(area) && lies(code, area)).toList();
	}

	/** The place and the areas around it, up to but without the area itself. */
	private static List<AreaCode> chain(AreaCode place, AreaCode area) {
		List<AreaCode> chain = new ArrayList<>();
		Optional<AreaCode> current = Optional.of(place);
		while (current.isPresent() && !current.get().equals(area)) {
			chain.add(current.get());
			current = current.get().impliedParent();
		}
		return chain;
	}

	/** Whether {@code inner} is {@code outer} or lies in it, by the nesting of CBS codes. */
	public static boolean lies(AreaCode inner, AreaCode outer) {
		Optional<AreaCode> current = Optional.of(inner);
		while (current.isPresent()) {
			if (current.get().equals(outer)) {
				return true;
			}
			current = current.get().impliedParent();
		}
		return false;
	}

	private List<NormCheck> norms(AreaCode area, @Nullable Integer inhabitants, List<CoveringPost> posts,
			Function<AreaCode, @Nullable Integer> population) {
		List<NormCheck> checks = new ArrayList<>();
		for (RoleType role : this.roles) {
			Norm norm = this.norms.get(role.code());
			if (norm == null) {
				continue;
			}
			NormShares shares = new NormShares(area, inhabitants, population);
			List<CoveringPost> ofRole = posts.stream().filter(post -> post.post().roleCode().equals(role.code())).toList();
			ofRole.forEach(shares::add);
			int stale = (int) ofRole.stream().filter(CoveringPost::stale).count();
			Integer required = inhabitants == null ? null : (int) Math.ceil(inhabitants / (double) norm.inhabitants());
			BigDecimal present = shares.total();
			BigDecimal shortfall = required == null ? null : BigDecimal.valueOf(required).subtract(present).max(BigDecimal.ZERO);
			checks.add(new NormCheck(role, norm, inhabitants, required, present, shortfall, ofRole.size(), stale,
					shares.estimated()));
		}
		return checks;
	}

}
