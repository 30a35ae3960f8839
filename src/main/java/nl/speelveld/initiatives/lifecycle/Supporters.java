package nl.speelveld.initiatives.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.initiatives.InitiativeSupported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents support an initiative with one click: one support per resident, however often or however
 * quickly they click (the table's key decides, and only a new row counts). The count is public; a
 * supporter's name only when they choose to show it.
 */
@Service
public class Supporters {

	private final JdbcClient jdbc;

	private final InitiativeStore store;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	private final Addressees addressees;

	Supporters(JdbcClient jdbc, InitiativeStore store, Permissions permissions, ApplicationEventPublisher events,
			Addressees addressees) {
		this.addressees = addressees;
		this.jdbc = jdbc;
		this.store = store;
		this.permissions = permissions;
		this.events = events;
	}

	/** Adds the signed-in resident's support; false when they supported it already. */
	@Transactional
	public boolean support(UUID id, boolean showName) {
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		Initiative initiative = this.store.get(id);
		if (initiative.isStartedBy(user.value())) {
			throw new SupportRefused("initiative.support.own");
		}
		if (initiative.status().isFinal()) {
			throw new SupportRefused("initiative.support.closed");
		}
		int added = this.jdbc.sql("""
				insert into initiative_supporter (initiative_id, user_id, show_name) values (?, ?, ?)
				on conflict do nothing""").params(id, user.value(), showName).update();
		if (added == 0) {
			return false;
		}
		this.jdbc.sql("update initiative set supporters = supporters + 1 where id = ?").param(id).update();
		this.events.publishEvent(new InitiativeSupported(id, initiative.area(), java.time.Instant.now()));
		return true;
	}

	@Transactional
	public void withdraw(UUID id) {
		UserId user = this.permissions.currentUser().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		int removed = this.jdbc.sql("delete from initiative_supporter where initiative_id = ? and user_id = ?")
			.params(id, user.value())
			.update();
		if (removed > 0) {
			this.jdbc.sql("update initiative set supporters = supporters - 1 where id = ?").param(id).update();
		}
	}

	public boolean supports(UUID id, UserId user) {
		return this.jdbc.sql("select exists (select 1 from initiative_supporter where initiative_id = ? and user_id = ?)")
			.params(id, user.value())
			.query(Boolean.class)
			.single();
	}

	/** The supporters who chose to show their name, by the name they go by. */
	public List<String> shownNames(UUID id) {
		List<UserId> shown = this.jdbc.sql("""
				select user_id from initiative_supporter where initiative_id = ? and show_name order by supported_at""")
			.param(id)
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
		Map<UserId, Addressee> known = this.addressees.of(shown);
		return shown.stream().map(known::get).filter(Objects::nonNull).map(Addressee::name).toList();
	}

}
