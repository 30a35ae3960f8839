package nl.speelveld.socialmap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.Areas;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The social map: who works where, in which role, for which organisation, and the services and places of a
 * neighbourhood. Everything read here is public work data.
 */
@Service
public class SocialMap {

	private static final int PLACES_PER_AREA = 500;

	private static final int ORGANISATIONS_PER_AREA = 500;

	private final PostStore posts;

	private final ReachingPosts reaching;

	private final DirectoryStore directory;

	private final Areas areas;

	private final Freshness freshness;

	SocialMap(PostStore posts, ReachingPosts reaching, DirectoryStore directory, Areas areas, Freshness freshness) {
		this.posts = posts;
		this.reaching = reaching;
		this.directory = directory;
		this.areas = areas;
		this.freshness = freshness;
	}

	/**
	 * Every current post whose coverage includes {@code area}: directly, through an area around it, or
	 * through a part of it. A post that reaches the area in several ways counts once, in the closest way
	 * (direct, then around, then a part), as that is what tells a resident most.
	 */
	public List<CoveringPost> postsReaching(AreaCode area) {
		List<AreaCode> parents = parentsOf(area);
		return this.reaching.all(area, parents).stream().map(post -> covering(post, area, parents)).toList();
	}

	/** A page of {@link #postsReaching(AreaCode)}: for the API, where a gemeente can have thousands. */
	public PostPage postsReaching(AreaCode area, int page, int size) {
		List<AreaCode> parents = parentsOf(area);
		ReachingPosts.Page found = this.reaching.page(area, parents, (long) page * size, size);
		List<CoveringPost> items = found.posts().stream().map(post -> covering(post, area, parents)).toList();
		return new PostPage(items, found.total(), page, size);
	}

	/** The posts of {@link #postsReaching(AreaCode)} in one of {@code roles}, for a few roles at a time. */
	public List<CoveringPost> postsReaching(AreaCode area, Collection<String> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		List<AreaCode> parents = parentsOf(area);
		return this.posts.reaching(area, parents, roles).stream().map(post -> covering(post, area, parents)).toList();
	}

	/**
	 * A number that changes whenever posts, their areas or organisations change, on any node: what is derived
	 * from posts can be kept as long as it stays the same (posts also start and end by the day).
	 */
	public long revision() {
		return this.posts.version().revision();
	}

	public Post post(UUID id) {
		return this.posts.byId(id).orElseThrow(() -> new SocialMapEntryNotFound("post", id));
	}

	public Organisation organisation(UUID id) {
		return this.directory.organisation(id).orElseThrow(() -> new SocialMapEntryNotFound("organisation", id));
	}

	public List<Post> postsOf(Organisation organisation) {
		return this.posts.ofOrganisation(organisation.id());
	}

	public List<ServiceOffer> servicesOf(Organisation organisation) {
		return this.directory.servicesOf(organisation.id());
	}

	public List<Place> placesOf(Organisation organisation) {
		return this.directory.placesOf(organisation.id());
	}

	public Professional professional(UUID id) {
		return this.directory.professional(id).orElseThrow(() -> new SocialMapEntryNotFound("professional", id));
	}

	/** The work profile linked to an account, if the person has one. */
	public Optional<Professional> professionalOf(UUID user) {
		return this.directory.professionalOf(user);
	}

	public List<Post> postsOf(Professional professional) {
		return this.posts.ofProfessional(professional.id());
	}

	/**
	 * Every post an account answers for: those it owns and those held through its work profile, ended ones
	 * too, as work may still wait there (questions left with the post, say).
	 */
	public List<Post> postsHeldBy(UUID user) {
		return this.posts.heldBy(user);
	}

	public Place place(UUID id) {
		return this.directory.place(id).orElseThrow(() -> new SocialMapEntryNotFound("place", id));
	}

	public List<ServiceOffer> servicesAt(Place place) {
		return this.directory.servicesAt(place.id());
	}

	/** The places in an area and its parts, kind by kind. */
	public List<Place> placesIn(AreaCode area) {
		return this.directory.placesIn(area, PLACES_PER_AREA);
	}

	/** The organisations working in an area (or around it, or in a part of it); {@code type} narrows them down. */
	public List<Organisation> organisationsIn(AreaCode area, @Nullable String type) {
		return this.directory.organisationsIn(area, parentsOf(area), type, ORGANISATIONS_PER_AREA);
	}

	/**
	 * The organisations working in an area (or around it, or in a part of it) whose name contains
	 * {@code named}, in any case; at most {@code limit}, by name. For choosing one among many.
	 */
	public List<Organisation> organisationsIn(AreaCode area, @Nullable String type, @Nullable String named, int limit) {
		return this.directory.organisationsIn(area, parentsOf(area), type, named, Math.min(limit, ORGANISATIONS_PER_AREA));
	}

	public boolean isStale(Post post) {
		return this.freshness.isStale(post.lastConfirmed());
	}

	/**
	 * The areas around {@code area}, nearest first: the buurt's wijk, then the gemeente. The code says which
	 * they are; the area data is asked too, as a wijk of one year may lie in a gemeente with another code.
	 */
	List<AreaCode> parentsOf(AreaCode area) {
		List<AreaCode> parents = new ArrayList<>();
		Optional<AreaCode> parent = area.impliedParent();
		while (parent.isPresent()) {
			parents.add(parent.get());
			parent = parent.get().impliedParent();
		}
		this.areas.summary(area)
			.map(summary -> summary.parent())
			.filter(known -> known != null && !parents.contains(known))
			.ifPresent(parents::add);
		return parents;
	}

	/** Whether {@code code} is a part of {@code area}: its digits continue the area's (see V5__socialmap.sql). */
	private static boolean liesInside(AreaCode code, AreaCode area) {
		String key = area.value().substring(2);
		return !code.equals(area) && code.value().substring(2).startsWith(key)
				&& (area.level() == AreaLevel.GEMEENTE || code.level() != AreaLevel.KERN);
	}

	private CoveringPost covering(Post post, AreaCode area, List<AreaCode> parents) {
		boolean stale = this.freshness.isStale(post.lastConfirmed());
		if (post.areas().contains(area)) {
			return new CoveringPost(post, Coverage.DIRECT, List.of(area), stale);
		}
		List<AreaCode> around = post.areas().stream().filter(parents::contains).toList();
		if (!around.isEmpty()) {
			return new CoveringPost(post, Coverage.PARENT, around, stale);
		}
		List<AreaCode> inside = post.areas().stream().filter(code -> liesInside(code, area)).toList();
		return new CoveringPost(post, Coverage.CHILD, inside, stale);
	}

}
