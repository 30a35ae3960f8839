package nl.speelveld.socialmap;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The posts reaching an area, all or a page of them. A gemeente is reached by thousands of posts (with those of
 * its wijken and buurten): ordering and reading them for every visitor took longer than the page itself, while
 * they change only when someone edits the map. So the ids of each area's posts are kept in page order until the
 * social map's revision moves or the day turns, and a page reads only its own rows, with the version they were
 * read at; a page read at another version than its order is read again from a new order. For all of an area's
 * posts (who works here), the posts themselves are kept too, once each however many areas they reach, for as
 * long as the version stays the same: one look at the version then replaces reading them.
 */
@Component
class ReachingPosts {

	/** Ids kept over all areas, some 40 bytes each (16 MB): beyond this, orders are dropped to make room. */
	static final int MAX_IDS = 400_000;

	private final PostStore posts;

	/** Read without a lock; written (when an order is read) one at a time, to keep count of the ids. */
	private final Map<String, PostStore.Ordered> kept = new ConcurrentHashMap<>();

	private final int maxIds;

	private final KnownPosts postsById = new KnownPosts();

	private int keptIds;

	@Autowired
	ReachingPosts(PostStore posts) {
		this(posts, MAX_IDS);
	}

	ReachingPosts(PostStore posts, int maxIds) {
		this.posts = posts;
		this.maxIds = maxIds;
	}

	/** The posts of {@link PostStore#reaching(AreaCode, List)} from {@code offset}, at most {@code limit}. */
	Page page(AreaCode area, List<AreaCode> parents, long offset, int limit) {
		String key = key(area, parents);
		PostStore.@Nullable Ordered known = this.kept.get(key);
		if (known != null) {
			PostStore.Rows rows = this.posts.byIds(slice(known.ids(), offset, limit));
			if (rows.version().equals(known.version())) {
				return new Page(rows.posts(), known.ids().size());
			}
		}
		PostStore.Ordered fresh = this.posts.orderedReaching(area, parents);
		keep(key, fresh);
		return new Page(this.posts.byIds(slice(fresh.ids(), offset, limit)).posts(), fresh.ids().size());
	}

	/** All posts of {@link PostStore#reaching(AreaCode, List)}, as fresh as the social map's version. */
	List<Post> all(AreaCode area, List<AreaCode> parents) {
		String key = key(area, parents);
		PostStore.Version now = this.posts.version();
		PostStore.@Nullable Ordered order = this.kept.get(key);
		if (order == null || !order.version().equals(now)) {
			order = this.posts.orderedReaching(area, parents);
			keep(key, order);
		}
		List<Post> found = this.postsById.posts(order, this.posts);
		// null: the map changed while the posts were read; then they are read as they are now, without keeping.
		return found != null ? found : this.posts.reaching(area, parents);
	}

	private static String key(AreaCode area, List<AreaCode> parents) {
		// The parents are part of the key: a new year of area data can put a wijk in another gemeente.
		return area.value() + parents.stream().map(AreaCode::value).collect(Collectors.joining(",", "<", ""));
	}

	/** One page of posts, and the number of posts on all pages. */
	record Page(List<Post> posts, int total) {
	}

	private static List<UUID> slice(List<UUID> ids, long offset, int limit) {
		return offset >= ids.size() ? List.of() : ids.subList((int) offset, (int) Math.min(ids.size(), offset + limit));
	}

	private synchronized void keep(String key, PostStore.Ordered fresh) {
		PostStore.Ordered previous = this.kept.remove(key);
		if (previous != null) {
			this.keptIds -= previous.ids().size();
		}
		var others = this.kept.values().iterator();
		while (this.keptIds + fresh.ids().size() > this.maxIds && others.hasNext()) {
			this.keptIds -= others.next().ids().size();
			others.remove();
		}
		this.kept.put(key, fresh);
		this.keptIds += fresh.ids().size();
	}

}
