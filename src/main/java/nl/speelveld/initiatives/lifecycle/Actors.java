package nl.speelveld.initiatives.lifecycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.stereotype.Component;

/** Which parts the signed-in person plays around an initiative, read fresh for every action. */
@Component
public class Actors {

	private final Permissions permissions;

	private final SocialMap socialMap;

	Actors(Permissions permissions, SocialMap socialMap) {
		this.permissions = permissions;
		this.socialMap = socialMap;
	}

	public Set<Actor> of(Initiative initiative) {
		Optional<UserId> user = this.permissions.currentUser();
		if (user.isEmpty()) {
			return Set.of();
		}
		return of(initiative, postsReaching(initiative, user.get().value()));
	}

	/** The same, with the signed-in person's posts reaching the place already found. */
	public Set<Actor> of(Initiative initiative, List<Post> reaching) {
		UUID id = this.permissions.currentUser().orElseThrow().value();
		Set<Actor> actors = EnumSet.noneOf(Actor.class);
		if (initiative.isStartedBy(id)) {
			actors.add(Actor.INITIATOR);
		}
		if (initiative.isGuidedBy(id)) {
			actors.add(Actor.GUIDE);
		}
		if (this.permissions.canCoordinate(initiative.area())) {
			actors.add(Actor.COORDINATOR);
		}
		if (!reaching.isEmpty()) {
			actors.add(Actor.PROFESSIONAL);
		}
		return actors;
	}

	/** The posts of {@code user} that reach the initiative's place: the ones they can take it in from. */
	public List<Post> postsReaching(Initiative initiative, UUID user) {
		List<Post> held = this.socialMap.postsHeldBy(user);
		if (held.isEmpty()) {
			return List.of();
		}
		Set<UUID> reaching = this.socialMap.postsReaching(initiative.area())
			.stream()
			.map(CoveringPost::post)
			.map(Post::id)
			.collect(Collectors.toSet());
		return held.stream().filter(post -> reaching.contains(post.id())).toList();
	}

}
