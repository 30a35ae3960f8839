package nl.speelveld.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.AgeBand;
import nl.speelveld.accounts.AgeBands;
import nl.speelveld.areas.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts about taking part in the processes of an area and its parts, for insights: how many people took part
 * in each process, how many of them gave each age group, and how many inputs got a visible answer. Only
 * counts leave this class, never who took part. Drafts are left out: nobody could take part in them.
 */
@Component
public class ParticipationFigures {

	/** Everyone who did something in a process: proposed, supported, argued, commented, answered a survey, signed up. */
	private static final String PARTICIPANTS = """
			select p.process_id, p.account from (
			  select pr.process_id, pr.author_id as account from participation_proposal pr where pr.author_id is not null
			  union select pr.process_id, s.account_id from participation_proposal_supporter s
			    join participation_proposal pr on pr.id = s.proposal_id
			  union select pr.process_id, a.author_id from participation_argument a
			    join participation_proposal pr on pr.id = a.proposal_id where a.author_id is not null
			  union select pr.process_id, c.author_id from participation_comment c
			    join participation_proposal pr on pr.id = c.proposal_id where c.author_id is not null
			  union select sv.process_id, r.account_id from participation_survey_response r
			    join participation_survey sv on sv.id = r.survey_id where r.account_id is not null
			  union select m.process_id, g.account_id from participation_meeting_registration g
			    join participation_meeting m on m.id = g.meeting_id
			) p join participation_process pp on pp.id = p.process_id
			where pp.status <> 'draft' and pp.area_key like :key""";

	private final JdbcClient jdbc;

	private final AgeBands ageBands;

	ParticipationFigures(JdbcClient jdbc, AgeBands ageBands) {
		this.jdbc = jdbc;
		this.ageBands = ageBands;
	}

	/**
	 * The open and closed processes of the area and its parts, each with its number of distinct participants;
	 * for a process with a vote, the number of ballots when that is larger: ballots are anonymous, so who also
	 * took part in another way cannot be told, and the count never adds the same person twice.
	 */
	public List<ProcessTurnout> processes(AreaCode area) {
		return this.jdbc.sql("""
				select pp.id, pp.title, pp.area_code, pp.status,
				  greatest(count(distinct x.account), (select count(*) from budget_ballot b where b.process_id = pp.id)) as participants
				from participation_process pp
				left join (%s) x on x.process_id = pp.id
				where pp.status <> 'draft' and pp.area_key like :key
				group by pp.id, pp.title, pp.area_code, pp.status
				order by pp.area_code, pp.title, pp.id""".formatted(PARTICIPANTS))
			.param("key", key(area))
			.query((rs, row) -> new ProcessTurnout(rs.getObject("id", UUID.class), rs.getString("title"),
					new AreaCode(rs.getString("area_code")), rs.getString("status"), rs.getInt("participants")))
			.list();
	}

	/**
	 * The distinct people who took part in any process of the area, and per CBS age group (by key, such as
	 * {@code 25-45}) how many of them gave that group.
	 */
	public AgeGroups participantsByAge(AreaCode area) {
		List<UUID> people = this.jdbc.sql("select distinct x.account from (" + PARTICIPANTS + ") x")
			.param("key", key(area))
			.query(UUID.class)
			.list();
		Map<String, Integer> byBand = new LinkedHashMap<>();
		this.ageBands.count(people).forEach((band, count) -> byBand.put(band.key(), count));
		return new AgeGroups(people.size(), byBand);
	}

	/** Proposals and uitdaagrecht requests of the area and its parts, and how many of them got an answer. */
	public Outcomes outcomes(AreaCode area) {
		var proposals = this.jdbc.sql("""
				select count(*), count(pr.answered_at) from participation_proposal pr
				join participation_process pp on pp.id = pr.process_id
				where pr.moderation = 'visible' and pp.status <> 'draft' and pp.area_key like ?""")
			.param(key(area))
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		var challenges = this.jdbc.sql("select count(*), count(decision) from challenge where area_key like ?")
			.param(key(area))
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		return new Outcomes(proposals[0], proposals[1], challenges[0], challenges[1]);
	}

	/** The CBS age groups by key, in their order. */
	public static List<String> ageGroupKeys() {
		List<String> keys = new ArrayList<>();
		for (AgeBand band : AgeBand.values()) {
			keys.add(band.key());
		}
		return keys;
	}

	private static String key(AreaCode area) {
		return area.value().substring(2) + "%";
	}

	/** One process: its area, status ({@code open} or {@code closed}) and number of distinct participants. */
	public record ProcessTurnout(UUID id, String title, AreaCode area, String status, int participants) {
	}

	/** {@code participants} distinct people; {@code byBand} those of them who gave each age group. */
	public record AgeGroups(int participants, Map<String, Integer> byBand) {
	}

	public record Outcomes(int proposals, int proposalsAnswered, int challenges, int challengesDecided) {
	}

}
