package nl.speelveld.socialmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Posts by id as they are at one version of the social map; a new version starts empty. Holds at most the
 * national map's posts (some 50,000 of about 1 kB): a post is kept once, however many areas it reaches.
 */
final class KnownPosts {

	private record Snapshot(PostStore.Version version, Map<UUID, Post> posts) {
	}

	private volatile Snapshot current = new Snapshot(new PostStore.Version(-1, LocalDate.MIN),
			new ConcurrentHashMap<>());

	/**
	 * The posts of {@code order}, in its order: those known at its version, the others read; null when the
	 * version moved while they were read.
	 */
	@Nullable List<Post> posts(PostStore.Ordered order, PostStore store) {
		Snapshot snapshot = snapshotAt(order.version());
		List<UUID> missing = order.ids().stream().filter(id -> !snapshot.posts().containsKey(id)).toList();
		if (!missing.isEmpty()) {
			PostStore.Rows read = store.byIds(missing);
			if (!read.version().equals(order.version())) {
				return null;
			}
			read.posts().forEach(post -> snapshot.posts().put(post.id(), post));
		}
		List<Post> posts = new ArrayList<>(order.ids().size());
		for (UUID id : order.ids()) {
			Post post = snapshot.posts().get(id);
			if (post == null) {
				// ended or removed since the order was read (at the same version only when the day turned)
				return null;
			}
			posts.add(post);
		}
		return posts;
	}

	private Snapshot snapshotAt(PostStore.Version version) {
		Snapshot snapshot = this.current;
		if (!snapshot.version().equals(version)) {
			snapshot = new Snapshot(version, new ConcurrentHashMap<>());
			this.current = snapshot;
		}
		return snapshot;
	}

}
