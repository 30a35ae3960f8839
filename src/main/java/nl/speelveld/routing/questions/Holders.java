package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.UserId;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.Professional;
import nl.speelveld.socialmap.SocialMap;
import nl.speelveld.socialmap.SocialMapEntryNotFound;

import org.springframework.stereotype.Component;

/**
 * Who holds a post, for its questions: the account that owns the post and the account linked to the work
 * profile of the professional in it. A post with neither has nobody to read an inbox, so no question can be
 * left there.
 */
@Component
public class Holders {

	private final SocialMap socialMap;

	private final Addressees addressees;

	Holders(SocialMap socialMap, Addressees addressees) {
		this.socialMap = socialMap;
		this.addressees = addressees;
	}

	public Set<UserId> of(Post post) {
		Set<UserId> holders = new LinkedHashSet<>();
		if (post.owner() != null) {
			holders.add(new UserId(post.owner()));
		}
		if (post.professional() != null) {
			professional(post.professional().id()).map(Professional::user)
				.ifPresent(user -> holders.add(new UserId(user)));
		}
		return holders;
	}

	/** Where to write to the holders of the post: those whose accounts still exist. */
	public List<Addressee> addressees(Post post) {
		Set<UserId> holders = of(post);
		return holders.stream().map(this.addressees::of).flatMap(Optional::stream).toList();
	}

	public boolean holds(UserId user, Post post) {
		return of(post).contains(user);
	}

	/** Whether a question can be left with the post: it runs today and someone reads its inbox. */
	public boolean canReceive(Post post, LocalDate today) {
		boolean running = (post.startsOn() == null || !post.startsOn().isAfter(today))
				&& (post.endsOn() == null || !post.endsOn().isBefore(today));
		return running && !of(post).isEmpty();
	}

	/** The posts whose questions this person sees in their inbox. */
	public List<Post> postsOf(UserId user) {
		return this.socialMap.postsHeldBy(user.value());
	}

	public Optional<Post> post(UUID id) {
		try {
			return Optional.of(this.socialMap.post(id));
		}
		catch (SocialMapEntryNotFound gone) {
			return Optional.empty();
		}
	}

	private Optional<Professional> professional(UUID id) {
		try {
			return Optional.of(this.socialMap.professional(id));
		}
		catch (SocialMapEntryNotFound gone) {
			return Optional.empty();
		}
	}

}
