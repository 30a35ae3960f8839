package nl.speelveld.socialmap.assets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.areas.Area;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.Areas;
import nl.speelveld.shared.Problem;
import nl.speelveld.socialmap.AssetCategory;
import nl.speelveld.socialmap.AssetSummary;
import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.Place;
import nl.speelveld.socialmap.SocialMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assets of an area, as everyone may see them: organisations, places, activities and the gifts residents
 * made public. Never more than that, whoever asks: gifts for professionals have their own page. A public
 * gift has no position of its own; it is shown at the centre of its area.
 */
@Service
public class AssetMap {

	private static final int ACTIVITIES_PER_AREA = 500;

	private final SocialMap socialMap;

	private final ActivityStore activities;

	private final Gifts gifts;

	private final AssetStore store;

	private final Areas areas;

	AssetMap(SocialMap socialMap, ActivityStore activities, Gifts gifts, AssetStore store, Areas areas) {
		this.socialMap = socialMap;
		this.activities = activities;
		this.gifts = gifts;
		this.store = store;
		this.areas = areas;
	}

	/** The public assets of the area and its parts in these categories, category by category. */
	@Transactional(readOnly = true)
	public List<AssetSummary> assets(AreaCode area, Collection<String> categories) {
		Set<String> wanted = AssetCategory.chosen(categories);
		List<AssetSummary> assets = new ArrayList<>();
		if (wanted.contains(AssetCategory.ASSOCIATIONS.key()) || wanted.contains(AssetCategory.INSTITUTIONS.key())) {
			organisations(area, wanted, assets);
		}
		if (wanted.contains(AssetCategory.PLACES.key())) {
			for (Place place : this.socialMap.placesIn(area)) {
				assets.add(new AssetSummary(place.id().toString(), AssetCategory.PLACES.key(), place.kind(), place.name(),
						"/plekken/" + place.id(), place.area() == null ? area : place.area(), place.lat(), place.lon()));
			}
		}
		if (wanted.contains(AssetCategory.ACTIVITIES.key())) {
			for (Activity activity : this.activities.in(area, ACTIVITIES_PER_AREA)) {
				assets.add(new AssetSummary(activity.id().toString(), AssetCategory.ACTIVITIES.key(), "activiteit",
						activity.name(), "/activiteiten/" + activity.id(), activity.area(), activity.lat(), activity.lon()));
			}
		}
		if (wanted.contains(AssetCategory.GIFTS.key())) {
			Map<AreaCode, Optional<Area.Position>> centres = new HashMap<>();
			for (Gift gift : this.gifts.publicIn(area, Gifts.PER_AREA)) {
				Area.Position centre = centres.computeIfAbsent(gift.area(), this::centre).orElse(null);
				assets.add(new AssetSummary(gift.id().toString(), AssetCategory.GIFTS.key(), gift.kind(), gift.text(),
						"/gebied/" + gift.area().value() + "/buurtkaart#gave-" + gift.id(), gift.area(),
						centre == null ? null : centre.lat(), centre == null ? null : centre.lon()));
			}
		}
		return assets;
	}

	private void organisations(AreaCode area, Set<String> wanted, List<AssetSummary> assets) {
		List<Organisation> found = this.socialMap.organisationsIn(area, null)
			.stream()
			.filter(organisation -> wanted.contains(AssetCategory.ofOrganisationType(organisation.type())))
			.toList();
		Map<UUID, double[]> positions = this.store.organisationPositions(found.stream().map(Organisation::id).toList(),
				area);
		for (String category : List.of(AssetCategory.ASSOCIATIONS.key(), AssetCategory.INSTITUTIONS.key())) {
			for (Organisation organisation : found) {
				if (category.equals(AssetCategory.ofOrganisationType(organisation.type()))) {
					double[] position = positions.get(organisation.id());
					assets.add(new AssetSummary(organisation.id().toString(), category, organisation.type(),
							organisation.name(), "/organisaties/" + organisation.id(), area,
							position == null ? null : position[0], position == null ? null : position[1]));
				}
			}
		}
	}

	private Optional<Area.Position> centre(AreaCode code) {
		try {
			return Optional.ofNullable(this.areas.area(code, null).label());
		}
		catch (Problem gone) {
			// an area of an earlier year that the newest no longer has: listed, but not on the map
			return Optional.empty();
		}
	}

}
