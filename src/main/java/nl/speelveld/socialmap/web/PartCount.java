package nl.speelveld.socialmap.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import nl.speelveld.areas.AreaSummary;
import nl.speelveld.socialmap.Coverage;
import nl.speelveld.socialmap.CoveringPost;

/** A part of a gemeente (a wijk) with the number of posts working in it or in its buurten. */
public record PartCount(AreaSummary part, int posts) {

	static List<PartCount> of(Area gemeente, List<CoveringPost> posts) {
		Map<AreaCode, Set<UUID>> byPart = new HashMap<>();
		for (CoveringPost post : posts) {
			if (post.coverage() == Coverage.CHILD) {
				for (AreaCode via : post.via()) {
					byPart.computeIfAbsent(wijkOf(via), code -> new HashSet<>()).add(post.post().id());
				}
			}
		}
		return gemeente.children().stream()
			.map(child -> new PartCount(child, byPart.getOrDefault(child.code(), Set.of()).size()))
			.toList();
	}

	private static AreaCode wijkOf(AreaCode code) {
		return code.level() == AreaLevel.BUURT ? code.impliedParent().orElse(code) : code;
	}

}
