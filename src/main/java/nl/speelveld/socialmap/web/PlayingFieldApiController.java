package nl.speelveld.socialmap.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaNotFound;
import nl.speelveld.areas.Areas;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.roles.Goal;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.playingfield.GoalField;
import nl.speelveld.socialmap.playingfield.NormCheck;
import nl.speelveld.socialmap.playingfield.Overlap;
import nl.speelveld.socialmap.playingfield.PlayingField;
import nl.speelveld.socialmap.playingfield.PlayingFields;
import nl.speelveld.socialmap.playingfield.ThemeField;
import nl.speelveld.socialmap.playingfield.ThemePost;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Playing field", description = "Per area: who works on which goal and focus theme, overlaps, gaps and coverage norms")
class PlayingFieldApiController {

	private final PlayingFields playingFields;

	private final Areas areas;

	private final MessageSource messages;

	PlayingFieldApiController(PlayingFields playingFields, Areas areas, MessageSource messages) {
		this.playingFields = playingFields;
		this.areas = areas;
		this.messages = messages;
	}

	@GetMapping("/api/v1/areas/{code}/playing-field")
	@Operation(summary = "The playing field of an area",
			description = """
					Per goal (G1, G2) and focus theme: the posts working on it (a post counts for the themes in its \
					focus, or for its role's themes when it lists none), and a status: gap (nobody), partly (only \
					posts in a part of the area), covered, or overlap (posts of two or more roles in the same place). \
					overlaps lists those themes with the roles side by side; gaps the themes and goals nobody works on; \
					norms checks roles with a norm (inhabitants per post) against the CBS population, counting each post \
					for the share of its working area's inhabitants that live in this area. Posts not confirmed in time \
					count, with confirmed false.""")
	@ApiResponse(responseCode = "200", description = "The playing field")
	@ApiResponse(responseCode = "404", description = "No area with this code",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	PlayingFieldResponse playingField(
			@Parameter(description = "CBS code of a gemeente, wijk, buurt or kern, such as WK034406") @PathVariable String code,
			Locale locale) {
		Area area = this.areas.area(AreaCode.tryParse(code).orElseThrow(() -> new AreaNotFound(code)), null);
		PlayingField field = this.playingFields.of(area);
		return new PlayingFieldResponse(
				new AreaItem(area.code().value(), area.name(), area.level().key(), area.year(), field.inhabitants()),
				field.goals().stream().map(goal -> goal(goal, locale)).toList(),
				field.overlaps().stream().map(overlap -> OverlapItem.of(overlap, locale)).toList(),
				new GapsItem(field.gaps().themes().stream().map(theme -> ThemeRef.of(theme, locale)).toList(),
						field.gaps().goals().stream().map(goal -> new GoalRef(goal.name(), goalName(goal, locale))).toList()),
				field.norms().stream().map(check -> NormItem.of(check, locale)).toList());
	}

	private GoalItem goal(GoalField goal, Locale locale) {
		return new GoalItem(goal.goal().name(), goalName(goal.goal(), locale), goal.hasPosts(),
				goal.themes().stream().map(theme -> ThemeItem.of(theme, locale)).toList());
	}

	private String goalName(Goal goal, Locale locale) {
		return this.messages.getMessage("goal." + goal.key(), null, locale);
	}

	record PlayingFieldResponse(AreaItem area, List<GoalItem> goals, List<OverlapItem> overlaps, GapsItem gaps,
			List<NormItem> norms) {
	}

	record AreaItem(String code, String name, String level, int year, @Nullable Integer inhabitants) {
	}

	record GoalItem(String goal, String name, boolean covered, List<ThemeItem> themes) {
	}

	@Schema(description = "status is gap, partly, covered or overlap; partly is true when nobody works on the theme for the whole area")
	record ThemeItem(String code, String name, String status, boolean partly, List<String> roles, List<PostItem> posts) {

		static ThemeItem of(ThemeField theme, Locale locale) {
			return new ThemeItem(theme.theme().code(), theme.theme().name(locale), theme.status().key(), theme.partly(),
					theme.roleCodes(), theme.posts().stream().map(PostItem::of).toList());
		}

	}

	record OrganisationItem(String id, String name, String type) {
	}

	@Schema(description = "coverage is direct, parent or child; focusFromRole is true when the post lists no focus of its own")
	record PostItem(String id, String role, String name, @Nullable String professional, OrganisationItem organisation,
			String coverage, List<String> via, boolean focusFromRole, LocalDate lastConfirmed, boolean confirmed) {

		static PostItem of(ThemePost working) {
			return of(working.covering(), working.focusFromRole());
		}

		static PostItem of(CoveringPost covering, boolean focusFromRole) {
			Post post = covering.post();
			return new PostItem(post.id().toString(), post.roleCode(), post.name(),
					post.professional() == null ? null : post.professional().id().toString(),
					new OrganisationItem(post.organisation().id().toString(), post.organisation().name(),
							post.organisation().type()),
					covering.coverage().key(), covering.via().stream().map(AreaCode::value).toList(), focusFromRole,
					post.lastConfirmed(), !covering.stale());
		}

	}

	record ThemeRef(String code, String goal, String name) {

		static ThemeRef of(FocusTheme theme, Locale locale) {
			return new ThemeRef(theme.code(), theme.goal().name(), theme.name(locale));
		}

	}

	record GoalRef(String goal, String name) {
	}

	@Schema(description = "A theme on which posts of two or more role types work in the same place; partly when they meet only in a part of the area")
	record OverlapItem(String theme, String goal, String name, boolean partly, List<OverlapRole> roles) {

		static OverlapItem of(Overlap overlap, Locale locale) {
			return new OverlapItem(overlap.theme().code(), overlap.theme().goal().name(), overlap.theme().name(locale),
					overlap.partly(),
					overlap.roles()
						.stream()
						.map(side -> new OverlapRole(side.role().code(), side.role().name(locale),
								side.role().definition(locale),
								side.posts().stream().map(post -> post.post().id().toString()).toList()))
						.toList());
		}

	}

	record OverlapRole(String code, String name, String definition, List<String> posts) {
	}

	record GapsItem(List<ThemeRef> themes, List<GoalRef> goals) {
	}

	@Schema(description = """
			inhabitants: CBS population of the area (null when unknown); norm: inhabitants per post, from the \
			typology or this deployment (source); required: inhabitants divided by the norm, rounded up; present: \
			posts counted by their share of time in the area; shortfall: required minus present, at least 0""")
	record NormItem(String role, String name, @Nullable Integer inhabitants, int norm, String source,
			@Nullable Integer required, BigDecimal present, @Nullable BigDecimal shortfall, int posts, int stalePosts,
			boolean estimated) {

		static NormItem of(NormCheck check, Locale locale) {
			return new NormItem(check.role().code(), check.role().name(locale), check.inhabitants(),
					check.norm().inhabitants(), check.norm().source().key(), check.required(), check.present(),
					check.shortfall(), check.posts(), check.stalePosts(), check.estimated());
		}

	}

}
