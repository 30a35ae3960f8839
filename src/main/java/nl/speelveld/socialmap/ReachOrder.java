package nl.speelveld.socialmap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The ids of the posts reaching each area, in page order, kept until the social map changes or the day turns.
 * A gemeente is reached by thousands of posts (with those of its wijken and buurten): ordering and counting
 * them again for every page asked took longer than the page itself, while they change only when someone
 * edits the map. Each page still reads its own rows, so it shows them as they are.
 */
@Component
class ReachOrder {

	/** Ids kept over all areas, some 40 bytes each (16 MB): beyond this the orders kept longest are dropped. */
	static final int MAX_IDS = 400_000;

	private final PostStore posts;

	/** In the order they were kept (access order would make every read a write). */
	private final Map<String, PostStore.Ordered> kept = new LinkedHashMap<>();

	private final int maxIds;

	private int keptIds;

	@Autowired
	ReachOrder(PostStore posts) {
		this(posts, MAX_IDS);
	}

	ReachOrder(PostStore posts, int maxIds) {
		this.posts = posts;
		this.maxIds = maxIds;
	}

	/** The ids of {@link PostStore#reaching(AreaCode, List)}, in that order, as the database has them now. */
	List<UUID> reaching(AreaCode area, List<AreaCode> parents) {
		PostStore.Version now = this.posts.version();
		PostStore.Ordered known = known(area.value());
		if (known != null && known.version().equals(now)) {
			return known.ids();
		}
		PostStore.Ordered fresh = this.posts.orderedReaching(area, parents);
		keep(area.value(), fresh);
		return fresh.ids();
	}

	private synchronized PostStore.@Nullable Ordered known(String area) {
		return this.kept.get(area);
	}

	private synchronized void keep(String area, PostStore.Ordered fresh) {
		PostStore.Ordered previous = this.kept.remove(area);
		if (previous != null) {
			this.keptIds -= previous.ids().size();
		}
		var oldest = this.kept.values().iterator();
		while (this.keptIds + fresh.ids().size() > this.maxIds && oldest.hasNext()) {
			this.keptIds -= oldest.next().ids().size();
			oldest.remove();
		}
		this.kept.put(area, fresh);
		this.keptIds += fresh.ids().size();
	}

}
