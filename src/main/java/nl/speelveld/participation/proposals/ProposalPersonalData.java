package nl.speelveld.participation.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the proposals keep about a person: the proposals they wrote (with the name they chose), their
 * supports, and the answers they gave as an owner. Erasure keeps the proposals, which belong to the
 * process and its report, without the person: no author, a neutral name, their supports gone from the
 * count, their answers no longer theirs.
 */
@Component
class ProposalPersonalData implements PersonalDataHolder {

	/** The name an erased author's proposals show. */
	static final String FORMER_PARTICIPANT = "Oud-deelnemer";

	private static final Map<String, String> ROWS = new LinkedHashMap<>();

	static {
		ROWS.put("participation_proposal", """
				select id, process_id, author_name, title, body, area_code, lat, lon, moderation, created_at,
				       author_id = :user as you_wrote_it, answered_by = :user as you_answered_it
				from participation_proposal where author_id = :user or answered_by = :user""");
		ROWS.put("participation_proposal_image", """
				select i.proposal_id, i.position, i.alt from participation_proposal_image i
				join participation_proposal p on p.id = i.proposal_id where p.author_id = :user""");
		ROWS.put("participation_proposal_supporter",
				"select proposal_id, supported_at from participation_proposal_supporter where account_id = :user");
	}

	private final JdbcClient jdbc;

	ProposalPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "participation-proposals";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		return PersonalDataHolder.rows(this.jdbc, ROWS, Map.of("user", user.value()));
	}

	@Override
	public void erase(UserId user) {
		this.jdbc.sql("""
				update participation_proposal set supporters = supporters - 1
				where id in (select proposal_id from participation_proposal_supporter where account_id = :user)""")
			.param("user", user.value())
			.update();
		this.jdbc.sql("delete from participation_proposal_supporter where account_id = :user").param("user", user.value()).update();
		this.jdbc.sql("update participation_proposal set author_id = null, author_name = :name where author_id = :user")
			.param("user", user.value())
			.param("name", FORMER_PARTICIPANT)
			.update();
		this.jdbc.sql("update participation_proposal set answered_by = null where answered_by = :user")
			.param("user", user.value())
			.update();
	}

}
