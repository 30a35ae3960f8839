package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.Post;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.stereotype.Component;

/**
 * Where a question can be handed on to: the posts that cover its place and can receive questions, and for a
 * role, the best of them: one that covers the place itself before one for a larger area around it, before
 * one for a part of it; confirmed before stale.
 */
@Component
class HandOffTargets {

	/** Enough to choose from in a wijk; a gemeente-wide question lists the posts for the whole gemeente. */
	private static final int MOST_CHOICES = 100;

	private static final Comparator<CoveringPost> BEST_FIRST = Comparator
		.comparing((CoveringPost covering) -> covering.coverage().ordinal())
		.thenComparing(CoveringPost::stale)
		.thenComparing(covering -> covering.post().areas().size())
		.thenComparing(covering -> covering.post().name());

	private final SocialMap socialMap;

	private final Holders holders;

	HandOffTargets(SocialMap socialMap, Holders holders) {
		this.socialMap = socialMap;
		this.holders = holders;
	}

	/** The posts that cover the question's place itself or an area around it, other than the one holding it. */
	List<Post> posts(Question question, LocalDate today) {
		return this.socialMap.postsReaching(question.area())
			.stream()
			.filter(covering -> covering.coverage() != nl.speelveld.socialmap.Coverage.CHILD)
			.filter(covering -> !covering.post().id().equals(question.post()))
			.sorted(Comparator.comparing((CoveringPost covering) -> covering.post().roleCode()).thenComparing(BEST_FIRST))
			.map(CoveringPost::post)
			.filter(post -> this.holders.canReceive(post, today))
			.limit(MOST_CHOICES)
			.toList();
	}

	/** Whether {@code post} is one the question may be handed to. */
	Optional<Post> post(Question question, UUID post, LocalDate today) {
		return this.socialMap.postsReaching(question.area())
			.stream()
			.map(CoveringPost::post)
			.filter(found -> found.id().equals(post) && !found.id().equals(question.post()))
			.filter(found -> this.holders.canReceive(found, today))
			.findFirst();
	}

	/** The best post of the role for the question's place, if one can receive it. */
	Optional<Post> bestOfRole(Question question, String role, LocalDate today) {
		return this.socialMap.postsReaching(question.area())
			.stream()
			.filter(covering -> covering.post().roleCode().equals(role))
			.filter(covering -> !covering.post().id().equals(question.post()))
			.sorted(BEST_FIRST)
			.map(CoveringPost::post)
			.filter(post -> this.holders.canReceive(post, today))
			.findFirst();
	}

}
