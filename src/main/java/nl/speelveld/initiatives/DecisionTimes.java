package nl.speelveld.initiatives;

import java.time.Duration;

import nl.speelveld.areas.AreaCode;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How quickly the gemeente decides on residents' initiatives in an area and its parts, for insights: from the
 * first submission to the first decision on support (supported or declined).
 */
@Component
public class DecisionTimes {

	private final JdbcClient jdbc;

	DecisionTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Median toFirstDecision(AreaCode area) {
		return this.jdbc.sql("""
				select count(*) as submitted, count(seconds) as decided,
				       percentile_cont(0.5) within group (order by seconds) as median
				from (select extract(epoch from
				          (select min(d.at) from initiative_step d where d.initiative_id = i.id and d.to_status in ('supported', 'declined'))
				        - s.at) as seconds
				      from initiative i
				      join (select initiative_id, min(at) as at from initiative_step where to_status = 'submitted'
				            group by initiative_id) s on s.initiative_id = i.id
				      where i.area_key like ?) times""")
			.param(area.value().substring(2) + "%")
			.query((rs, row) -> new Median(rs.getInt("submitted"), rs.getInt("decided"),
					rs.getObject("median") == null ? null : Duration.ofSeconds(Math.round(rs.getDouble("median")))))
			.single();
	}

	/** {@code submitted} initiatives, {@code decided} of them with a decision, and the median time to it. */
	public record Median(int submitted, int decided, @Nullable Duration median) {
	}

}
