package nl.speelveld.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.accounts.users.AccessRules;
import nl.speelveld.accounts.users.Account;
import nl.speelveld.accounts.users.Grant;
import nl.speelveld.accounts.users.Grants;
import nl.speelveld.accounts.users.Organisation;
import nl.speelveld.accounts.users.Organisations;
import nl.speelveld.accounts.users.SignedIn;
import nl.speelveld.accounts.users.UserAccounts;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What other modules ask of accounts: who is signed in, what they may do, and a line in the audit log for
 * a sensitive action. In method security the same rules are the {@code @permissions} bean.
 */
@Component("permissions")
public class Permissions {

	private final AccessRules rules;

	private final AuditLog audit;

	private final UserAccounts accounts;

	private final Grants grants;

	private final Organisations organisations;

	Permissions(AccessRules rules, AuditLog audit, UserAccounts accounts, Grants grants, Organisations organisations) {
		this.rules = rules;
		this.audit = audit;
		this.accounts = accounts;
		this.grants = grants;
		this.organisations = organisations;
	}

	public Optional<UserId> currentUser() {
		return SignedIn.user();
	}

	public boolean isSignedIn() {
		return SignedIn.user().isPresent();
	}

	public boolean isAdministrator() {
		return this.rules.isAdministrator();
	}

	/** Administrators everywhere; coordinators in the gemeente or wijk they coordinate and everything inside it. */
	public boolean canCoordinate(@Nullable AreaCode area) {
		return this.rules.canAdministerArea(area);
	}

	/** Whether the current person coordinates at least one of {@code areas} (or administers everything). */
	public boolean canCoordinateAny(Collection<AreaCode> areas) {
		return isAdministrator() || areas.stream().anyMatch(this.rules::canAdministerArea);
	}

	/** The gemeenten and wijken the current person coordinates; empty for everyone but coordinators. */
	public List<AreaCode> coordinatorScopes() {
		return this.rules.coordinatorScopes();
	}

	/**
	 * Whether the current person moderates contributions in this area: administrators everywhere,
	 * coordinators and moderators in the gemeente or wijk of their grant and everything inside it.
	 */
	public boolean canModerate(@Nullable AreaCode area) {
		return this.rules.canModerateArea(area);
	}

	/** Whether the current person moderates anywhere: an administrator, a coordinator or a moderator. */
	public boolean isModerator() {
		return isAdministrator() || !this.rules.moderationScopes().isEmpty();
	}

	/** The gemeenten and wijken the current person moderates in; empty for administrators, who moderate everywhere. */
	public List<AreaCode> moderationScopes() {
		return this.rules.moderationScopes();
	}

	public boolean isCoordinatorOrAdministrator() {
		return isAdministrator() || !coordinatorScopes().isEmpty();
	}

	/** Whether the current person holds the professional role for some organisation (or a higher role). */
	public boolean isProfessional() {
		return this.rules.canEnterAdministration() || SignedIn.user()
			.map(user -> this.grants.of(user).stream().anyMatch(grant -> grant.role() == Role.PROFESSIONAL))
			.orElse(false);
	}

	/** What the person is called, for a work profile they are about to create. */
	public Optional<String> shownName(UserId user) {
		return this.accounts.byId(user).map(Account::shownName);
	}

	/**
	 * Whether the text is the shown name of some account: a pseudonym for a group of residents must not be a
	 * person's name. Says only yes or no, so it tells nothing about who.
	 */
	public boolean isSomeonesName(String text) {
		return this.accounts.hasDisplayName(text);
	}

	/** Records a sensitive action by the person signed in now. */
	public void audit(String action, String subjectType, Object subjectId, Map<String, ?> details) {
		this.audit.record(action, subjectType, subjectId, details);
	}

	/**
	 * The organisations the current person works for: those they are a member of and those their roles are
	 * for. Forms start from them, for instance to offer a professional their own employer.
	 */
	public List<Employer> employers() {
		Optional<UserId> user = SignedIn.user();
		if (user.isEmpty()) {
			return List.of();
		}
		Map<java.util.UUID, Organisation> found = new java.util.LinkedHashMap<>();
		this.organisations.ofMember(user.get()).forEach(organisation -> found.put(organisation.id(), organisation));
		this.grants.of(user.get())
			.stream()
			.map(Grant::organisationId)
			.filter(id -> id != null && !found.containsKey(id))
			.forEach(id -> this.organisations.byId(id).ifPresent(organisation -> found.put(id, organisation)));
		return found.values()
			.stream()
			.map(organisation -> new Employer(organisation.id(), organisation.name(), organisation.type(),
					organisation.gemeenten()))
			.toList();
	}

	/**
	 * The account with this e-mail address, for an import that names who answers for an entry. Only for
	 * coordinators and administrators, who may see the people they work with anyway.
	 */
	public Optional<UserId> accountWithEmail(String email) {
		if (!isCoordinatorOrAdministrator()) {
			return Optional.empty();
		}
		return this.accounts.byEmail(email.strip()).map(Account::id);
	}

}
