package nl.speelveld.accounts.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who may administer what, for method security (the {@code @access} bean in {@code @PreAuthorize}). Read from the
 * database on every check, so a revoked role stops working at once, on every app node. An administrator
 * may do everything; a coordinator administers the organisations working in their area and the people
 * in those organisations, and may invite and grant professionals there, nothing more.
 */
@Component("access")
public class AccessRules {

	private final Grants grants;

	private final Organisations organisations;

	AccessRules(Grants grants, Organisations organisations) {
		this.grants = grants;
		this.organisations = organisations;
	}

	public boolean isAdministrator() {
		return powers().administrator();
	}

	/** Whether the person signed in is this person: for their own data, nobody else's. */
	public boolean isSelf(UserId user) {
		return SignedIn.user().filter(user::equals).isPresent();
	}

	public boolean canEnterAdministration() {
		Powers powers = powers();
		return powers.administrator() || !powers.scopes().isEmpty();
	}

	/** The gemeenten and wijken the current person coordinates; empty for everyone but coordinators. */
	public List<AreaCode> coordinatorScopes() {
		return powers().scopes();
	}

	public boolean canAdministerArea(@Nullable AreaCode area) {
		Powers powers = powers();
		return powers.administrator() || (area != null && powers.covers(area));
	}

	public boolean canAdministerAreas(Collection<AreaCode> areas) {
		Powers powers = powers();
		return powers.administrator() || (!areas.isEmpty() && areas.stream().allMatch(powers::covers));
	}

	public boolean canAdministerOrganisation(UUID organisation) {
		Powers powers = powers();
		return powers.administrator()
				|| this.organisations.byId(organisation).map(powers::administers).orElse(false);
	}

	/**
	 * Moderating contributions in an area: administrators everywhere; coordinators and moderators in the
	 * gemeente or wijk of their grant and everything inside it.
	 */
	public boolean canModerateArea(@Nullable AreaCode area) {
		Powers powers = powers();
		return powers.administrator() || (area != null && (powers.covers(area)
				|| powers.moderates().stream().anyMatch(scope -> AreaScope.covers(scope, area))));
	}

	/** The way into administration the menu shows the current person, from one read of their grants. */
	public Entrance entrance() {
		Powers powers = powers();
		if (powers.administrator() || !powers.scopes().isEmpty()) {
			return Entrance.ADMINISTRATION;
		}
		return powers.moderates().isEmpty() ? Entrance.NONE : Entrance.MODERATION;
	}

	/** All of administration (moderation included), only the moderation of contributions, or none. */
	public enum Entrance {

		NONE, MODERATION, ADMINISTRATION

	}

	/** The areas the current person moderates in, as coordinator or moderator; empty for administrators too. */
	public List<AreaCode> moderationScopes() {
		Powers powers = powers();
		return java.util.stream.Stream.concat(powers.scopes().stream(), powers.moderates().stream()).distinct().toList();
	}

	/** Those of {@code candidates} that the current person may administer. */
	public List<Organisation> administrable(Collection<Organisation> candidates) {
		Powers powers = powers();
		return candidates.stream().filter(powers::administers).toList();
	}

	/** Whether the current person may see another's account: someone in an organisation they administer. */
	public boolean canSeeUser(UserId user) {
		if (isAdministrator() || SignedIn.user().filter(user::equals).isPresent()) {
			return true;
		}
		return this.organisations.ofMember(user).stream().anyMatch(o -> canAdministerOrganisation(o.id()))
				|| this.grants.of(user).stream()
					.anyMatch(grant -> grant.organisationId() != null && canAdministerOrganisation(grant.organisationId()));
	}

	/** Granting: administrators anything; coordinators only the professional role, in their organisations. */
	public boolean canGrant(Role role, @Nullable UUID organisation, @Nullable AreaCode area) {
		if (isAdministrator()) {
			return true;
		}
		return role == Role.PROFESSIONAL && organisation != null && canAdministerOrganisation(organisation);
	}

	/** Administrators may revoke anything (an unknown grant is then simply not found). */
	public boolean canRevoke(UUID grant) {
		if (isAdministrator()) {
			return true;
		}
		return this.grants.byId(grant)
			.map(found -> canGrant(found.role(), found.organisationId(), found.area()))
			.orElse(false);
	}

	/** Only an administrator hands out roles for the whole deployment or for an area. */
	public boolean canInvite(@Nullable UUID organisation, Role role, @Nullable AreaCode area) {
		return canGrant(role, organisation, area);
	}

	/** The gemeenten whose organisations the current person sees; empty means all (administrators). */
	public Optional<Set<AreaCode>> administeredGemeenten() {
		Powers powers = powers();
		if (powers.administrator()) {
			return Optional.empty();
		}
		return Optional.of(powers.scopes().stream().map(AreaCode::gemeente).collect(Collectors.toSet()));
	}

	/** The current person's grants, read once per check. */
	private Powers powers() {
		List<Grant> held = SignedIn.user().map(this.grants::of).orElse(List.of());
		return new Powers(held.stream().anyMatch(grant -> grant.role() == Role.ADMINISTRATOR),
				held.stream()
					.filter(grant -> grant.role() == Role.COORDINATOR && grant.area() != null)
					.map(Grant::area)
					.toList(),
				held.stream()
					.filter(grant -> grant.role() == Role.MODERATOR && grant.area() != null)
					.map(Grant::area)
					.toList());
	}

	/** What the current person's grants allow: everything, or the areas they coordinate, and those they moderate. */
	private record Powers(boolean administrator, List<AreaCode> scopes, List<AreaCode> moderates) {

		boolean covers(AreaCode area) {
			return this.administrator || this.scopes.stream().anyMatch(scope -> AreaScope.covers(scope, area));
		}

		boolean administers(Organisation organisation) {
			return organisation.gemeenten().stream().anyMatch(this::covers);
		}

	}

}
