package nl.speelveld.initiatives.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.Areas;
import nl.speelveld.initiatives.InitiativeStatus;
import nl.speelveld.initiatives.lifecycle.Actor;
import nl.speelveld.initiatives.lifecycle.AssetLinks;
import nl.speelveld.initiatives.lifecycle.Actors;
import nl.speelveld.initiatives.lifecycle.Initiative;
import nl.speelveld.initiatives.lifecycle.InitiativeStore;
import nl.speelveld.initiatives.lifecycle.Lifecycle;
import nl.speelveld.initiatives.lifecycle.Step;
import nl.speelveld.initiatives.lifecycle.Submissions;
import nl.speelveld.initiatives.lifecycle.SupportKind;
import nl.speelveld.initiatives.lifecycle.Supporters;
import nl.speelveld.initiatives.lifecycle.Updates;
import nl.speelveld.initiatives.web.InitiativeView.Option;
import nl.speelveld.initiatives.web.InitiativeView.Person;
import nl.speelveld.roles.Roles;
import nl.speelveld.routing.Answer;
import nl.speelveld.routing.RolePeople;
import nl.speelveld.routing.Wegwijzer;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.Assets;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Puts together the page of one initiative for the person looking at it. */
@Component
class InitiativePages {

	private static final int PEOPLE_PER_ROLE = 2;

	private static final int NEARBY_SHOWN = 5;

	/** As far as people walk to a meeting place in their own neighbourhood. */
	private static final int NEARBY_METRES = 1500;

	private final InitiativeStore store;

	private final Areas areas;

	private final Submissions submissions;

	private final Updates updates;

	private final Supporters supporters;

	private final Actors actors;

	private final Lifecycle lifecycle;

	private final SocialMap socialMap;

	private final Wegwijzer wegwijzer;

	private final Roles roles;

	private final Permissions permissions;

	private final AssetLinks links;

	private final Assets assets;

	InitiativePages(AssetLinks links, Assets assets, InitiativeStore store, Areas areas, Submissions submissions, Updates updates, Supporters supporters,
			Actors actors, Lifecycle lifecycle, SocialMap socialMap, Wegwijzer wegwijzer, Roles roles,
			Permissions permissions) {
		this.store = store;
		this.areas = areas;
		this.submissions = submissions;
		this.updates = updates;
		this.supporters = supporters;
		this.actors = actors;
		this.lifecycle = lifecycle;
		this.socialMap = socialMap;
		this.wegwijzer = wegwijzer;
		this.roles = roles;
		this.permissions = permissions;
		this.links = links;
		this.assets = assets;
	}

	InitiativeView view(UUID id, Locale locale) {
		Initiative initiative = this.store.get(id);
		Optional<UserId> user = this.permissions.currentUser();
		List<Post> reaching = user.map(signedIn -> this.actors.postsReaching(initiative, signedIn.value()))
			.orElse(List.of());
		Set<Actor> who = user.isPresent() ? this.actors.of(initiative, reaching) : Set.of();
		Set<Step> steps = EnumSet.noneOf(Step.class);
		Arrays.stream(Step.values()).filter(step -> this.lifecycle.can(step, initiative, who)).forEach(steps::add);
		List<Option> takeInPosts = steps.contains(Step.TAKE_IN)
				? reaching.stream().map(post -> new Option(post.id().toString(), label(post, locale))).toList()
				: List.of();
		return new InitiativeView(initiative, areaName(initiative), this.submissions.rulesFor(initiative),
				this.store.history(id), this.updates.of(id), this.supporters.shownNames(id), user.isPresent(),
				user.map(signedIn -> initiative.isStartedBy(signedIn.value())).orElse(false),
				user.map(signedIn -> this.supporters.supports(id, signedIn)).orElse(false), steps, guide(initiative, locale),
				suggested(initiative, locale), takeInPosts, this.links.of(id), nearby(initiative, steps));
	}

	String areaName(Initiative initiative) {
		return this.areas.summary(initiative.area()).map(AreaSummary::name).orElse(initiative.area().value());
	}

	/** Places near an initiative that needs space, for those who can link one: nearest first. */
	private List<InitiativeView.Nearby> nearby(Initiative initiative, Set<Step> steps) {
		if (!steps.contains(Step.LINK_ASSET) || !initiative.plan().needs(SupportKind.SPACE)) {
			return List.of();
		}
		return this.assets.placesNear(initiative.lat(), initiative.lon(), NEARBY_METRES, NEARBY_SHOWN)
			.stream()
			.map(place -> new InitiativeView.Nearby(place.id(), place.name(), place.kind(), place.url(),
					place.distanceMetres()))
			.toList();
	}

	private @Nullable Person guide(Initiative initiative, Locale locale) {
		if (initiative.takenPost() == null) {
			return null;
		}
		try {
			return person(this.socialMap.post(initiative.takenPost()), locale);
		}
		catch (Problem gone) {
			return null;
		}
	}

	/** Who could take a submitted initiative in: the wegwijzer's roles for it, and their people at the place. */
	private List<Person> suggested(Initiative initiative, Locale locale) {
		if (initiative.status() != InitiativeStatus.SUBMITTED) {
			return List.of();
		}
		String question = (initiative.title() + ". " + initiative.summary());
		Answer answer = this.wegwijzer.answer(question.substring(0, Math.min(question.length(), Wegwijzer.LONGEST_QUESTION)),
				this.wegwijzer.place(null, initiative.area().value(), null, null), locale);
		List<Person> people = new ArrayList<>();
		for (RolePeople role : answer.people()) {
			role.posts().stream().limit(PEOPLE_PER_ROLE).forEach(covering -> people.add(person(covering.post(), locale)));
		}
		return people;
	}

	private Person person(Post post, Locale locale) {
		String href = post.professional() != null ? "/professionals/" + post.professional().id()
				: "/organisaties/" + post.organisation().id();
		return new Person(post.name(), roleName(post.roleCode(), locale), post.organisation().name(), href);
	}

	private String label(Post post, Locale locale) {
		return roleName(post.roleCode(), locale) + ", " + post.organisation().name();
	}

	private String roleName(String code, Locale locale) {
		return this.roles.find(code).map(role -> role.name(locale)).orElse(code);
	}

}
