package nl.speelveld.routing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.speelveld.areas.Area;
import nl.speelveld.routing.Answer;
import nl.speelveld.routing.RoleMatch;
import nl.speelveld.routing.RolePeople;
import nl.speelveld.routing.Wegwijzer;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The wegwijzer for other software: a question and a place in, roles with reasons and people out. */
@RestController
@Tag(name = "Wegwijzer")
class RoutingApiController {

	private final Wegwijzer wegwijzer;

	private final MessageSource messages;

	RoutingApiController(Wegwijzer wegwijzer, MessageSource messages) {
		this.wegwijzer = wegwijzer;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/routing", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Routes a question to the role types that fit (best first, at least three, with human-readable reasons in the language of Accept-Language) and the posts of the top roles that cover the place; the question is not stored")
	RoutingResponse route(@RequestBody RoutingRequest request, Locale locale) {
		Area place = this.wegwijzer.place(request.postcode(), request.area(), request.lat(), request.lon());
		Answer answer = this.wegwijzer.answer(request.question() == null ? "" : request.question(), place, locale);
		List<PostItem> posts = new ArrayList<>();
		List<GapItem> gaps = new ArrayList<>();
		for (RolePeople people : answer.people()) {
			people.posts().forEach(post -> posts.add(PostItem.of(post, false)));
			if (people.posts().isEmpty()) {
				CoveringPost nearest = people.nearest();
				if (nearest != null) {
					posts.add(PostItem.of(nearest, true));
				}
				gaps.add(new GapItem(people.roleCode(), nearest == null ? null : nearest.post().id().toString(),
						this.messages.getMessage(nearest == null ? "routing.gap.none" : "routing.gap.nearest",
								new Object[] { place.name() }, locale)));
			}
		}
		return new RoutingResponse(new PlaceItem(place.code().value(), place.name(), place.level().key()),
				answer.setting().key(), answer.roles().stream().map(RoleItem::of).toList(), posts, gaps);
	}

	record RoutingRequest(@Nullable String question, @Nullable String area, @Nullable String postcode,
			@Nullable Double lat, @Nullable Double lon) {
	}

	record RoutingResponse(PlaceItem place, String setting, List<RoleItem> roles, List<PostItem> posts,
			List<GapItem> gaps) {
	}

	record PlaceItem(String code, String name, String level) {
	}

	record RoleItem(String code, double score, List<String> reasons) {

		static RoleItem of(RoleMatch match) {
			return new RoleItem(match.roleCode(), match.score(), match.reasons());
		}

	}

	record OrganisationItem(String id, String name) {
	}

	record ContactItem(@Nullable String email, @Nullable String phone, @Nullable String url) {
	}

	/** A post; {@code nearest} marks one outside the place, offered because nobody in its role covers it. */
	record PostItem(String id, String role, String name, String title, OrganisationItem organisation, String coverage,
			ContactItem contact, LocalDate lastConfirmed, boolean nearest) {

		static PostItem of(CoveringPost covering, boolean nearest) {
			Post post = covering.post();
			return new PostItem(post.id().toString(), post.roleCode(), post.name(), post.title(),
					new OrganisationItem(post.organisation().id().toString(), post.organisation().name()),
					covering.coverage().key(),
					new ContactItem(post.contact().email(), post.contact().phone(), post.contact().webLink()),
					post.lastConfirmed(), nearest);
		}

	}

	/** A top role nobody covers the place in, with the nearest post of that role in the gemeente if any. */
	record GapItem(String role, @Nullable String nearest, String message) {
	}

}
