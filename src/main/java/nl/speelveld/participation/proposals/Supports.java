package nl.speelveld.participation.proposals;

import java.util.UUID;

import nl.speelveld.accounts.UserId;
import nl.speelveld.participation.ProposalSupported;
import nl.speelveld.participation.moderation.Moderation;
import nl.speelveld.participation.processes.Contribution;
import nl.speelveld.participation.processes.Process;
import nl.speelveld.participation.processes.TakingPart;
import nl.speelveld.shared.Problem.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents support a proposal with one click, once each however often or quickly they click: the key of
 * the supporter table decides, and only a new row raises the count, in the same transaction. Withdrawing
 * lowers it again. Both only while the phase running now takes supports.
 */
@Service
public class Supports {

	private final JdbcClient jdbc;

	private final TakingPart takingPart;

	private final ProposalStore store;

	private final ApplicationEventPublisher events;

	Supports(JdbcClient jdbc, TakingPart takingPart, ProposalStore store, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.takingPart = takingPart;
		this.store = store;
		this.events = events;
	}

	/** Adds the signed-in resident's support; false when they supported it already. */
	@Transactional
	public boolean support(Process process, UUID id) {
		UserId user = this.takingPart.check(process, Contribution.SUPPORT);
		Proposal proposal = this.store.find(process.id(), id)
			.filter(found -> found.moderation() == Moderation.VISIBLE)
			.orElseThrow(() -> new ProposalNotFound(id));
		if (proposal.isBy(user.value())) {
			throw new ProposalRefused(Kind.CONFLICT, "proposal.support.own");
		}
		int added = this.jdbc.sql("""
				insert into participation_proposal_supporter (proposal_id, account_id) values (?, ?)
				on conflict do nothing""")
			.params(id, user.value())
			.update();
		if (added == 0) {
			return false;
		}
		int count = this.jdbc.sql("""
				update participation_proposal set supporters = supporters + 1 where id = ? returning supporters""")
			.param(id)
			.query(Integer.class)
			.single();
		this.events.publishEvent(new ProposalSupported(process.id(), process.area(), id, count));
		return true;
	}

	@Transactional
	public void withdraw(Process process, UUID id) {
		UserId user = this.takingPart.check(process, Contribution.SUPPORT);
		int removed = this.jdbc.sql("""
				delete from participation_proposal_supporter where proposal_id = ? and account_id = ?
				and proposal_id in (select id from participation_proposal where process_id = ?)""")
			.params(id, user.value(), process.id())
			.update();
		if (removed > 0) {
			this.jdbc.sql("update participation_proposal set supporters = supporters - 1 where id = ?").param(id).update();
		}
	}

	public boolean supports(UUID id, UserId user) {
		return this.jdbc.sql("""
				select exists (select 1 from participation_proposal_supporter where proposal_id = ? and account_id = ?)""")
			.params(id, user.value())
			.query(Boolean.class)
			.single();
	}

}
