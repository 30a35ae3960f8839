package nl.speelveld.insights.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaSummary;
import nl.speelveld.areas.GeoJsonGeometry;
import nl.speelveld.areas.AreaShape;
import nl.speelveld.insights.AreaInsights;
import nl.speelveld.insights.Choropleth;
import nl.speelveld.roles.FocusTheme;
import nl.speelveld.socialmap.PlayingFieldFigures;

import org.jspecify.annotations.Nullable;

/** The insights as the API serves them: field names in English, absent figures as null. Counts only. */
final class InsightsJson {

	private InsightsJson() {
	}

	static Map<String, Object> of(AreaInsights insights) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("area", area(insights.summary()));
		AreaInsights.Registered r = insights.registered();
		Map<String, Object> registered = new LinkedHashMap<>();
		registered.put("year", r.year());
		registered.put("population", r.population());
		registered.put("households", r.households());
		registered.put("averageHouseholdSize", r.averageHouseholdSize());
		registered.put("density", r.density());
		registered.put("dwellings", r.dwellings());
		registered.put("ageGroupsPercent", r.ageGroups());
		registered.put("trend", r.trend());
		registered.put("source", "CBS, Kerncijfers wijken en buurten " + r.year());
		json.put("registered", registered);
		Map<String, Object> perceived = new LinkedHashMap<>();
		perceived.put("responses", insights.perceived().responses());
		perceived.put("themes", insights.perceived().themes());
		perceived.put("smallestGroupShown", AreaInsights.SMALLEST_GROUP);
		json.put("perceived", perceived);
		AreaInsights.Democracy d = insights.democracy();
		Map<String, Object> democracy = new LinkedHashMap<>();
		democracy.put("processes", d.processes().stream().map(InsightsJson::turnout).toList());
		democracy.put("representation", d.representation());
		democracy.put("outcomes", d.outcomes());
		Map<String, Object> times = new LinkedHashMap<>();
		times.put("questions", d.questions());
		times.put("initiatives", d.initiatives());
		democracy.put("responseTimes", times);
		json.put("democracy", democracy);
		json.put("playingField", playingField(insights.playingField(), insights.summary()));
		return json;
	}

	private static Map<String, Object> turnout(AreaInsights.Turnout t) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", t.process());
		json.put("title", t.title());
		json.put("area", t.area().code().value());
		json.put("status", t.status());
		json.put("participants", t.participants());
		json.put("population", t.population());
		json.put("turnoutPercent", t.percent());
		return json;
	}

	private static Map<String, Object> playingField(PlayingFieldFigures.Figures field, AreaSummary area) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("themes", field.themes());
		json.put("coveredThemes", field.coveredThemes());
		json.put("overlaps", field.overlaps());
		json.put("posts", field.posts());
		json.put("goals", field.goals()
			.stream()
			.map(g -> {
				Map<String, Object> goal = new LinkedHashMap<>();
				goal.put("goal", g.goal().name());
				goal.put("themes", g.themes());
				goal.put("covered", g.covered());
				goal.put("partly", g.partly());
				goal.put("overlap", g.overlap());
				goal.put("gap", g.gap());
				return goal;
			})
			.toList());
		json.put("gaps", field.gaps().stream().map(FocusTheme::code).toList());
		json.put("norms", field.norms()
			.stream()
			.map(n -> {
				Map<String, Object> norm = new LinkedHashMap<>();
				norm.put("role", n.role().code());
				norm.put("inhabitantsPerPost", n.inhabitantsPerPost());
				norm.put("required", n.required());
				norm.put("present", n.present());
				norm.put("shortfall", n.shortfall());
				return norm;
			})
			.toList());
		json.put("details", "/api/v1/areas/" + area.code().value() + "/playing-field");
		return json;
	}

	/** The map as GeoJSON: each part with its value and class, and the classes in the collection's own member. */
	static Map<String, Object> map(Choropleth map, List<AreaShape> shapes) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("measure", map.measure().key());
		collection.put("area", area(map.area()));
		collection.put("classes", map.classes());
		Map<String, AreaShape> byCode = new LinkedHashMap<>();
		shapes.forEach(shape -> byCode.put(shape.area().code().value(), shape));
		collection.put("features", map.parts().stream().map(part -> {
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", part.area().code().value());
			Map<String, @Nullable Object> properties = new LinkedHashMap<>();
			properties.put("code", part.area().code().value());
			properties.put("name", part.area().name());
			properties.put("value", part.value());
			properties.put("class", part.colourClass());
			feature.put("properties", properties);
			AreaShape shape = byCode.get(part.area().code().value());
			feature.put("geometry", shape == null ? null : GeoJsonGeometry.of(shape.boundary()));
			return feature;
		}).toList());
		return collection;
	}

	private static Map<String, Object> area(AreaSummary area) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", area.code().value());
		json.put("name", area.name());
		json.put("level", area.level().key());
		json.put("year", area.year());
		return json;
	}

}
