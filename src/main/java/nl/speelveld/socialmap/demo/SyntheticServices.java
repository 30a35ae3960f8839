package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;

/** One to three services per organisation of the national data set, at one of its places now and then. */
final class SyntheticServices {

	private SyntheticServices() {
	}

	static void add(SyntheticSocialMap.Country country) {
		var draw = country.draw;
		Map<UUID, List<UUID>> placesOf = new HashMap<>();
		for (var place : country.rows.places) {
			if (place.organisation() != null) {
				placesOf.computeIfAbsent(place.organisation(), id -> new ArrayList<>()).add(place.id());
			}
		}
		int serial = 0;
		for (int o = 0; o < country.rows.organisations.size(); o++) {
			var organisation = country.rows.organisations.get(o);
			OrganisationType type = country.types.get(o);
			var templates = Vocabulary.SERVICES.getOrDefault(type, List.of());
			List<UUID> own = placesOf.getOrDefault(organisation.id(), List.of());
			String slug = country.slugs.get(o);
			for (var template : draw.someOf(templates, 1).stream().limit(3).toList()) {
				List<UUID> at = !own.isEmpty() && draw.chance(0.5) ? List.of(draw.pick(own)) : List.of();
				country.rows.services.add(new SocialMapData.Service(draw.id("service", String.valueOf(serial++)),
						organisation.id(), template.name(), template.description(), template.audience(), template.focus(),
						"https://example.org/" + slug + "/" + Draw.slug(template.name()), organisation.email(),
						organisation.phone(), draw.lastConfirmed(), organisation.areas(), at));
			}
		}
	}

}
