package nl.speelveld.socialmap.search;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing found: what kind it is, what to call it, a line about it, where its page is, the areas it lies
 * in or covers (CBS codes), the role type code for a post, and how well it matched (higher is better).
 */
public record SearchHit(HitType type, UUID id, String title, String summary, String url, List<String> areas,
		@Nullable String role, double score) {

	public SearchHit {
		areas = List.copyOf(areas);
	}

	SearchHit withScore(double newScore) {
		return new SearchHit(this.type, this.id, this.title, this.summary, this.url, this.areas, this.role, newScore);
	}

}
