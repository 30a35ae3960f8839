package nl.speelveld.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.CoveringPost;
import nl.speelveld.socialmap.SocialMap;

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

	private final Map<Key, List<CoveringPost>> kept = new ConcurrentHashMap<>();

	private record Key(AreaCode area, List<String> roles, long revision, LocalDate day) {
	}

	KeptPosts(SocialMap socialMap) {
		this.socialMap = socialMap;
	}

	/** The revision to ask with, read once per question so that all its answers agree. */
	long revision() {
		return this.socialMap.revision();
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
