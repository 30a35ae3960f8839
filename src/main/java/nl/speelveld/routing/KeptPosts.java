package nl.speelveld.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The posts of a few roles reaching an area, kept while the social map's revision and the day stay the same:
 * every question asks for the same areas and roles again, and one look at the revision (on any node's
 * changes) is far cheaper than reading the posts.
 */
@Component
class KeptPosts {

	private static final int KEPT = 20_000;

	private final SocialMap socialMap;

	private static final long REVISION_FRESH_FOR_NANOS = 1_000_000_000L;

	private final Map<Key, List<CoveringPost>> kept = new ConcurrentHashMap<>();

	private volatile @Nullable Revision revision;

	private record Revision(long value, long readAt) {
	}

	private record Key(AreaCode area, List<String> roles, long revision, LocalDate day) {
	}

	KeptPosts(SocialMap socialMap) {
		this.socialMap = socialMap;
	}

	/**
	 * The revision to ask with, the same for all parts of one answer. Read again at most once a second: under
	 * load, one query a second instead of one per question, and a change shows within a second on every node.
	 */
	long revision() {
		Revision now = this.revision;
		if (now == null || System.nanoTime() - now.readAt() > REVISION_FRESH_FOR_NANOS) {
			now = new Revision(this.socialMap.revision(), System.nanoTime());
			this.revision = now;
		}
		return now.value();
	}

	List<CoveringPost> reaching(AreaCode area, List<String> roles, long revision) {
		Key key = new Key(area, List.copyOf(roles), revision, LocalDate.now());
		List<CoveringPost> posts = this.kept.get(key);
		if (posts == null) {
			posts = this.socialMap.postsReaching(area, roles);
			if (this.kept.size() >= KEPT) {
				this.kept.clear();
			}
			this.kept.put(key, posts);
		}
		return posts;
	}

}
