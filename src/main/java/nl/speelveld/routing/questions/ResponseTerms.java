package nl.speelveld.routing.questions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.Organisation;
import nl.speelveld.socialmap.SocialMap;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many working days an organisation takes to give a first response to a question: its own term, set by a
 * coordinator of a gemeente it works in (or an administrator), or the deployment's default.
 */
@Service
public class ResponseTerms {

	public static final int MOST_DAYS = 30;

	/** Organisations on one page; a gemeente with more is searched by name. */
	public static final int MOST_LISTED = 100;

	private final JdbcClient jdbc;

	private final QuestionSettings settings;

	private final Permissions permissions;

	private final SocialMap socialMap;

	ResponseTerms(JdbcClient jdbc, QuestionSettings settings, Permissions permissions, SocialMap socialMap) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.permissions = permissions;
		this.socialMap = socialMap;
	}

	public int defaultDays() {
		return this.settings.responseDays();
	}

	public int daysFor(UUID organisation) {
		return this.jdbc.sql("select working_days from routing_response_term where organisation_id = ?")
			.param(organisation)
			.query(Integer.class)
			.optional()
			.orElse(this.settings.responseDays());
	}

	/** The day by which the organisation should have responded to a question it received on {@code received}. */
	public LocalDate dueOn(UUID organisation, LocalDate received) {
		return WorkingDays.plus(received, daysFor(organisation));
	}

	/** The terms the organisations set themselves; those without one are missing from the map. */
	public Map<UUID, Integer> ownTerms(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select organisation_id, working_days from routing_response_term where organisation_id = any(?)")
			.param(organisations.toArray(UUID[]::new))
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** An organisation's term as the administration page shows it; {@code ownDays} is null for the default. */
	public record Term(Organisation organisation, @Nullable Integer ownDays, boolean maySet) {
	}

	/** The organisations listed, and whether there were more than fit on the page. */
	public record Listing(List<Term> terms, boolean cutOff) {
	}

	/**
	 * The organisations working in the gemeente, those whose name contains {@code named} when given, each with
	 * its term and whether the current person may set it.
	 */
	public Listing in(AreaCode gemeente, @Nullable String named) {
		List<Organisation> organisations = this.socialMap.organisationsIn(gemeente, null, named, MOST_LISTED + 1);
		boolean cutOff = organisations.size() > MOST_LISTED;
		List<Organisation> shown = cutOff ? organisations.subList(0, MOST_LISTED) : organisations;
		Map<UUID, Integer> own = ownTerms(shown.stream().map(Organisation::id).toList());
		return new Listing(shown.stream()
			.map(organisation -> new Term(organisation, own.get(organisation.id()), maySet(organisation)))
			.toList(), cutOff);
	}

	/** Whether the current person may set the organisation's term: they coordinate a gemeente it works in. */
	public boolean maySet(Organisation organisation) {
		List<AreaCode> gemeenten = organisation.areas().stream().map(AreaCode::gemeente).distinct().toList();
		return this.permissions.isAdministrator() || this.permissions.canCoordinateAny(gemeenten);
	}

	/** Whether the current person may set the term of the organisation with this id; false for an unknown one. */
	public boolean maySet(UUID organisation) {
		try {
			return maySet(this.socialMap.organisation(organisation));
		}
		catch (nl.speelveld.socialmap.SocialMapEntryNotFound unknown) {
			return false;
		}
	}

	/** Sets the organisation's own term, or goes back to the default when {@code days} is null. */
	@Transactional
	public void set(UUID organisationId, @Nullable Integer days) {
		Organisation organisation = this.socialMap.organisation(organisationId);
		if (!maySet(organisation)) {
			throw new AccessDeniedException("Not a coordinator of the organisation's gemeente");
		}
		if (days != null && (days < 1 || days > MOST_DAYS)) {
			throw new IllegalArgumentException("A response term lies between 1 and " + MOST_DAYS + " working days");
		}
		UUID actor = this.permissions.currentUser().map(user -> user.value()).orElse(null);
		if (days == null) {
			this.jdbc.sql("delete from routing_response_term where organisation_id = ?").param(organisationId).update();
		}
		else {
			this.jdbc.sql("""
					insert into routing_response_term (organisation_id, working_days, set_by) values (?, ?, ?)
					on conflict (organisation_id) do update set working_days = excluded.working_days,
					  set_by = excluded.set_by, set_at = now()""")
				.params(organisationId, days, actor)
				.update();
		}
		this.permissions.audit("response-term-set", "organisation", organisationId,
				days == null ? Map.of("workingDays", "default") : Map.of("workingDays", days));
	}

}
