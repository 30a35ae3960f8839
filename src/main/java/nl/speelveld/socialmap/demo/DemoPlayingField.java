package nl.speelveld.socialmap.demo;

import java.time.LocalDate;

import nl.speelveld.areas.Areas;
import nl.speelveld.roles.Roles;

import org.springframework.stereotype.Component;

/**
 * The demo social map of Utrecht, Amsterdam and Het Hogeland. The same areas, roles and day give the same
 * rows with the same ids; dates are counted back from {@code today} so that the data looks equally fresh
 * whenever it is loaded.
 */
@Component
class DemoPlayingField {

	static final String NAMESPACE = "speelveld-demo";

	private final Areas areas;

	private final Roles roles;

	DemoPlayingField(Areas areas, Roles roles) {
		this.areas = areas;
		this.roles = roles;
	}

	SocialMapData generate(LocalDate today) {
		var rows = SocialMapData.builder();
		var names = new NamePool(new Draw(NAMESPACE + "/names", 19, today));
		var points = new PointsInWijk(this.areas);
		for (DemoGemeente plan : DemoGemeenten.all()) {
			String namespace = NAMESPACE + "/" + plan.code().value();
			var draw = new Draw(namespace, plan.code().value().hashCode(), today);
			var gemeente = new GemeenteContext(plan, this.areas, this.roles, draw, names, rows);
			DemoOrganisations.add(gemeente);
			DemoPosts.add(gemeente);
			DemoPlaces.add(gemeente, points);
			DemoServices.add(gemeente);
		}
		return rows.build();
	}

}
