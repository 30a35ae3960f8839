package nl.speelveld.routing;

import java.time.Duration;

import nl.speelveld.areas.AreaCode;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How quickly residents' questions in an area and its parts get a first response (acceptance or answer) from
 * the professional who received them, for insights. The clock starts when the question was first delivered,
 * after the resident confirmed it.
 */
@Component
public class ResponseTimes {

	private final JdbcClient jdbc;

	ResponseTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Median toFirstResponse(AreaCode area) {
		return this.jdbc.sql("""
				select count(*) as questions, count(seconds) as responded,
				       percentile_cont(0.5) within group (order by seconds) as median
				from (select extract(epoch from q.first_response_at - coalesce(
				          (select min(s.at) from routing_question_step s where s.question_id = q.id and s.kind = 'delivered'),
				          q.delivered_at, q.created_at)) as seconds
				      from routing_question q
				      where q.status <> 'unverified' and substr(q.area_code, 3) like ?) times""")
			.param(area.value().substring(2) + "%")
			.query((rs, row) -> new Median(rs.getInt("questions"), rs.getInt("responded"),
					rs.getObject("median") == null ? null : Duration.ofSeconds(Math.round(rs.getDouble("median")))))
			.single();
	}

	/**
	 * {@code questions} delivered in the area, {@code responded} of them with a first response, and the median
	 * time to it (absent without any response).
	 */
	public record Median(int questions, int responded, @Nullable Duration median) {
	}

}
