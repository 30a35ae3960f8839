package nl.speelveld.participation.processes;

import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everyone who took part in a process: wrote or supported a proposal, argued, commented, answered a survey
 * or registered for a meeting. They hear in their digest when the owner accounts for what happened.
 */
@Component
class Participants {

	private final JdbcClient jdbc;

	Participants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<UserId> of(UUID process) {
		return this.jdbc.sql("""
				select author_id from participation_proposal where process_id = :p and author_id is not null
				union select s.account_id from participation_proposal_supporter s join participation_proposal pr on pr.id = s.proposal_id
					where pr.process_id = :p
				union select a.author_id from participation_argument a join participation_proposal pr on pr.id = a.proposal_id
					where pr.process_id = :p and a.author_id is not null
				union select c.author_id from participation_comment c join participation_proposal pr on pr.id = c.proposal_id
					where pr.process_id = :p and c.author_id is not null
				union select r.account_id from participation_survey_response r join participation_survey s on s.id = r.survey_id
					where s.process_id = :p and r.account_id is not null
				union select r.account_id from participation_meeting_registration r
					join participation_meeting m on m.id = r.meeting_id where m.process_id = :p""")
			.param("p", process)
			.query(UUID.class)
			.list()
			.stream()
			.map(UserId::new)
			.toList();
	}

}
