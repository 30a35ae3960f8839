package nl.speelveld.accounts.users;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.accounts.audit.AuditLog;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.shared.mail.Mail;
import nl.speelveld.shared.mail.Mailer;
import nl.speelveld.shared.mail.Links;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administering organisations, people and their roles. Every method checks, here and not only in the
 * pages, that the person signed in may do it (see {@link AccessRules}); every change lands in the audit log.
 */
@Service
public class Administration {

	/** A person as the administration pages show them. */
	public record Person(Account account, List<Grant> grants, List<Organisation> organisations) {
	}

	private final Organisations organisations;

	private final UserAccounts users;

	private final Grants grants;

	private final Invitations invitations;

	private final AccessRules access;

	private final AuditLog audit;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Links links;

	Administration(Organisations organisations, UserAccounts users, Grants grants, Invitations invitations,
			AccessRules access, AuditLog audit, Mailer mailer, MessageSource messages, Links links) {
		this.organisations = organisations;
		this.users = users;
		this.grants = grants;
		this.invitations = invitations;
		this.access = access;
		this.audit = audit;
		this.mailer = mailer;
		this.messages = messages;
		this.links = links;
	}

	@PreAuthorize("@access.canEnterAdministration()")
	public List<Organisation> organisations() {
		return this.access.administrable(this.organisations.list(this.access.administeredGemeenten().orElse(null)));
	}

	@PreAuthorize("@access.canAdministerOrganisation(#id)")
	public Organisation organisation(UUID id) {
		return this.organisations.byId(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

	@PreAuthorize("@access.canAdministerOrganisation(#id)")
	public List<Person> members(UUID id) {
		return this.organisations.members(id).stream().map(this::person).toList();
	}

	@PreAuthorize("@access.canAdministerOrganisation(#id)")
	public List<Invitation> invitations(UUID id) {
		return this.invitations.ofOrganisation(id);
	}

	@PreAuthorize("@access.canAdministerAreas(#gemeenten)")
	@Transactional
	public UUID createOrganisation(String name, OrganisationType type, Collection<AreaCode> gemeenten) {
		UUID id = this.organisations.create(name, type, gemeenten);
		this.audit.record("organisation-created", "organisation", id,
				Map.of("name", name, "type", type.key(), "gemeenten", gemeenten.stream().map(AreaCode::value).toList()));
		return id;
	}

	@PreAuthorize("@access.canAdministerOrganisation(#id) and @access.canAdministerAreas(#gemeenten)")
	@Transactional
	public void updateOrganisation(UUID id, String name, OrganisationType type, Collection<AreaCode> gemeenten) {
		this.organisations.update(id, name, type, gemeenten);
		this.audit.record("organisation-changed", "organisation", id,
				Map.of("name", name, "type", type.key(), "gemeenten", gemeenten.stream().map(AreaCode::value).toList()));
	}

	/** Invites someone by e-mail to take up a role in an organisation; the mail holds a link valid for a week. */
	@PreAuthorize("@access.canAdministerOrganisation(#organisation) and @access.canInvite(#organisation, #role, #area)")
	@Transactional
	public void invite(UUID organisation, String email, Role role, @Nullable AreaCode area, Locale locale) {
		Organisation found = organisation(organisation);
		String token = this.invitations.create(email, organisation, role, area, SignedIn.user().orElse(null));
		String link = this.links.absolute("/uitnodiging/" + token);
		this.mailer.send(new Mail(email, text("mail.invitation.subject", locale, found.name()),
				text("mail.invitation.body", locale, found.name(), text("role." + role.key(), locale), link,
						String.valueOf(Invitations.VALID_FOR.toDays()))));
		this.audit.record("invitation-sent", "organisation", organisation,
				Map.of("role", role.key(), "area", area == null ? "" : area.value()));
	}

	@PreAuthorize("@access.canEnterAdministration()")
	public List<Account> people(String search) {
		List<UUID> among = this.access.isAdministrator() ? null
				: organisations().stream()
					.flatMap(organisation -> this.organisations.members(organisation.id()).stream())
					.map(UserId::value)
					.distinct()
					.toList();
		return this.users.search(search, among, 200);
	}

	@PreAuthorize("@access.canSeeUser(#user)")
	public Person person(UserId user) {
		Account account = this.users.byId(user).orElseThrow(() -> new PersonNotFound(user));
		return new Person(account, this.grants.of(user), this.organisations.ofMember(user));
	}

	@PreAuthorize("@access.canSeeUser(#user) and @access.canGrant(#role, #organisation, #area)")
	@Transactional
	public void grant(UserId user, Role role, @Nullable UUID organisation, @Nullable AreaCode area) {
		person(user);
		this.grants.add(user, role, organisation, area, SignedIn.user().orElse(null));
		if (organisation != null) {
			this.organisations.addMember(organisation, user);
		}
		this.audit.record("role-granted", "user", user, Map.of("role", role.key(), "organisation",
				organisation == null ? "" : organisation.toString(), "area", area == null ? "" : area.value()));
	}

	@PreAuthorize("@access.canRevoke(#grant)")
	@Transactional
	public void revoke(UserId user, UUID grant) {
		Grant found = this.grants.byId(grant).filter(existing -> existing.user().equals(user))
			.orElseThrow(() -> new GrantNotFound(grant));
		this.grants.remove(grant);
		this.audit.record("role-revoked", "user", found.user(), Map.of("role", found.role().key(), "area",
				found.area() == null ? "" : found.area().value()));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
