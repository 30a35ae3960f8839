package nl.speelveld.socialmap.assets.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.speelveld.socialmap.AssetSummary;

/** The assets of one category, as the asset map page lists them under a heading. */
public record AssetGroup(String category, List<AssetSummary> assets) {

	static List<AssetGroup> of(Collection<String> categories, List<AssetSummary> assets) {
		List<AssetGroup> groups = new ArrayList<>();
		for (String category : categories) {
			groups.add(new AssetGroup(category,
					assets.stream().filter(asset -> asset.category().equals(category)).toList()));
		}
		return groups;
	}

}
