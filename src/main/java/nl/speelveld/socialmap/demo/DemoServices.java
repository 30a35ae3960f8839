package nl.speelveld.socialmap.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.speelveld.roles.Goal;

/**
 * What the demo organisations offer: one to three services each, from the templates for their type, in the
 * organisation's areas and, where it runs places, at one of them.
 */
final class DemoServices {

	private DemoServices() {
	}

	static void add(GemeenteContext gemeente) {
		int serial = 0;
		for (var entry : gemeente.employers.entrySet()) {
			var employer = entry.getValue();
			var templates = Vocabulary.SERVICES_BY_KEY.getOrDefault(entry.getKey(),
					Vocabulary.SERVICES.getOrDefault(employer.type(), List.of()));
			List<UUID> ownPlaces = gemeente.rows.places.stream()
				.filter(place -> employer.row().id().equals(place.organisation()))
				.map(SocialMapData.Place::id)
				.toList();
			for (Vocabulary.ServiceTemplate template : gemeente.draw.someOf(templates, 1)) {
				serial++;
				add(gemeente, employer, template, ownPlaces, serial);
			}
		}
	}

	private static void add(GemeenteContext gemeente, GemeenteContext.Employer employer,
			Vocabulary.ServiceTemplate template, List<UUID> ownPlaces, int serial) {
		var draw = gemeente.draw;
		List<String> focus = template.focus();
		List<String> areas = employer.row().areas();
		// The gap wijken promise no G2 work: a gemeente-wide service drops its G2 themes, a local one those wijken.
		if (!gemeente.plan.gapWijken().isEmpty() && focus.stream().anyMatch(theme -> isG2(gemeente, theme))) {
			if (employer.wijken().isEmpty()) {
				focus = focus.stream().filter(theme -> !isG2(gemeente, theme)).toList();
			}
			else {
				List<String> gaps = gemeente.plan.gapWijken().stream().map(s -> gemeente.wijk(s).code().value()).toList();
				areas = areas.stream().filter(area -> !gaps.contains(area)).toList();
			}
			if (focus.isEmpty() || areas.isEmpty()) {
				return;
			}
		}
		List<UUID> places = new ArrayList<>();
		if (!ownPlaces.isEmpty() && draw.chance(0.7)) {
			places.add(draw.pick(ownPlaces));
		}
		String slug = Draw.slug(employer.row().name());
		gemeente.rows.services.add(new SocialMapData.Service(draw.id("service", String.valueOf(serial)),
				employer.row().id(), template.name(), template.description(), template.audience(), focus,
				"https://example.org/" + slug + "/" + Draw.slug(template.name()), employer.row().email(),
				employer.row().phone(), draw.lastConfirmed(), areas, places));
	}

	private static boolean isG2(GemeenteContext gemeente, String theme) {
		return gemeente.roles.theme(theme).map(found -> found.goal() == Goal.G2).orElse(false);
	}

}
