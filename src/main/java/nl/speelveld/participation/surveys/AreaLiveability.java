package nl.speelveld.participation.surveys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How residents score the liveability of an area: all responses to liveability surveys in processes of the
 * area and its parts, added up per theme. A gemeente holds its wijken and buurten by the digits their codes
 * start with, as the initiatives do; a village is asked by its exact code.
 */
@Service
public class AreaLiveability {

	private final JdbcClient jdbc;

	AreaLiveability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Scores of(AreaCode area) {
		Map<String, Object> parameters = new HashMap<>();
		String where = where(area, parameters);
		Map<LiveabilityTheme, int[]> counts = new EnumMap<>(LiveabilityTheme.class);
		this.jdbc.sql("""
				select q.theme, a.score, count(*) as n
				from participation_process p
				join participation_survey s on s.process_id = p.id and s.template = 'liveability'
				join participation_survey_answer a on a.survey_id = s.id and a.score is not null
				join participation_survey_question q on q.survey_id = a.survey_id and q.position = a.position
				where q.theme is not null and\s""" + where + " group by q.theme, a.score")
			.params(parameters)
			.query(rs -> {
				var theme = LiveabilityTheme.fromKey(rs.getString("theme"));
				if (theme.isPresent()) {
					counts.computeIfAbsent(theme.get(), t -> new int[Question.HIGHEST])[rs.getInt("score") - 1] = rs.getInt("n");
				}
			});
		var totals = this.jdbc.sql("""
				select count(distinct s.id) as surveys, count(r.id) as responses
				from participation_process p
				join participation_survey s on s.process_id = p.id and s.template = 'liveability'
				left join participation_survey_response r on r.survey_id = s.id
				where\s""" + where)
			.params(parameters)
			.query((rs, n) -> new int[] { rs.getInt("surveys"), rs.getInt("responses") })
			.single();
		List<ThemeFigures> themes = new ArrayList<>();
		for (LiveabilityTheme theme : LiveabilityTheme.values()) {
			themes.add(new ThemeFigures(theme, ScaleFigures.of(counts.getOrDefault(theme, new int[Question.HIGHEST]))));
		}
		return new Scores(area, totals[0], totals[1], themes);
	}

	private static String where(AreaCode area, Map<String, Object> parameters) {
		if (area.level() == AreaLevel.KERN) {
			parameters.put("code", area.value());
			return "p.area_code = :code";
		}
		String key = area.value().substring(2);
		parameters.put("inside", key);
		// the first key after all that start with the area's own: its last character raised by one
		parameters.put("beyond", key.substring(0, key.length() - 1) + (char) (key.charAt(key.length() - 1) + 1));
		return "p.area_key ~>=~ :inside and p.area_key ~<~ :beyond";
	}

	/** The scores of an area: every theme, each with the figures of its answers (shown from five on). */
	public record Scores(AreaCode area, int surveys, int responses, List<ThemeFigures> themes) {

		/** Whether any theme has enough answers to show. */
		public boolean shown() {
			return this.themes.stream().anyMatch(theme -> theme.figures().shown());
		}

		public List<ThemeFigures> shownThemes() {
			return this.themes.stream().filter(theme -> theme.figures().shown()).toList();
		}

	}

}
