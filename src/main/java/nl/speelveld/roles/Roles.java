package nl.speelveld.roles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.areas.AreaLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role typology: which kinds of post exist, which goals and focus themes they serve, and what they are
 * called locally. Read on nearly every page, so it is kept in memory and read again from the database
 * every few seconds, which also brings changes made on another app node.
 */
@Service
public class Roles {

	private static final long FRESH_FOR_NANOS = 10_000_000_000L;

	private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final RoleTypologyStore store;

	private final Permissions permissions;

	private volatile @Nullable Snapshot snapshot;

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private record Snapshot(RoleTypology typology, long readAt) {
	}

	Roles(RoleTypologyStore store, Permissions permissions) {
		this.store = store;
		this.permissions = permissions;
	}

	public List<RoleType> all() {
		return typology().roleTypes();
	}

	public Optional<RoleType> find(String code) {
		return typology().find(code);
	}

	public RoleType get(String code) {
		return find(code).orElseThrow(() -> new RoleTypeNotFound(code));
	}

	public List<FocusTheme> themes() {
		return typology().themes();
	}

	public Optional<FocusTheme> theme(String code) {
		return Optional.ofNullable(typology().themeByCode().get(code));
	}

	/**
	 * The role type a local job title stands for: a code, a name or an alias, in any letter case. Aliases
	 * for a particular gemeente win over those used everywhere.
	 */
	public Optional<RoleType> recognise(String title, @Nullable AreaCode gemeente) {
		String wanted = title.trim().toLowerCase(Locale.ROOT);
		Optional<RoleType> byName = byName(wanted);
		if (byName.isPresent()) {
			return byName;
		}
		String local = gemeente == null ? null : gemeente.value();
		return all().stream()
			.filter(role -> role.aliases().stream()
				.anyMatch(alias -> alias.title().toLowerCase(Locale.ROOT).equals(wanted)
						&& (alias.gemeente() == null || alias.gemeente().equals(local))))
			.min((a, b) -> Boolean.compare(!hasLocalAlias(a, wanted, local), !hasLocalAlias(b, wanted, local)));
	}

	/** Adds a local job title; coordinators for their gemeente, administrators also for everywhere (null). */
	@PreAuthorize("@permissions.isAdministrator() or (#gemeente != null and @permissions.canCoordinate(#gemeente))")
	@Transactional
	public void addAlias(String roleCode, String alias, @Nullable AreaCode gemeente) {
		get(roleCode);
		String title = alias.trim();
		if (title.length() < 2 || title.length() > 120) {
			throw new RoleTypeRefused("roles.refused.alias-length");
		}
		if (gemeente != null && gemeente.level() != AreaLevel.GEMEENTE) {
			throw new RoleTypeRefused("roles.refused.alias-gemeente");
		}
		String local = gemeente == null ? null : gemeente.value();
		if (this.store.aliasExists(title, local) || byName(title.toLowerCase(Locale.ROOT)).isPresent()) {
			throw new RoleTypeRefused("roles.refused.alias-taken", title);
		}
		this.store.addAlias(roleCode, title, local, currentUser());
		this.permissions.audit("role-alias-added", "role-type", roleCode,
				Map.of("alias", title, "gemeente", local == null ? "" : local));
		forget();
	}

	/** Adds a role type for a job the typology lacks; coordinators and administrators, audited. */
	@PreAuthorize("@permissions.isCoordinatorOrAdministrator()")
	@Transactional
	public RoleType addRoleType(NewRoleType role) {
		check(role);
		this.store.addRoleType(role, currentUser());
		this.permissions.audit("role-type-added", "role-type", role.code(),
				Map.of("name", role.nameNl(), "focus", role.focus()));
		forget();
		return get(role.code());
	}

	private void check(NewRoleType role) {
		if (!CODE.matcher(role.code()).matches() || role.code().length() > 48) {
			throw new RoleTypeRefused("roles.refused.code-format");
		}
		if (find(role.code()).isPresent()) {
			throw new RoleTypeRefused("roles.refused.code-taken", role.code());
		}
		if (blank(role.nameNl()) || blank(role.nameEn()) || role.nameNl().length() > 120 || role.nameEn().length() > 120) {
			throw new RoleTypeRefused("roles.refused.name");
		}
		if (blank(role.definitionNl()) || blank(role.definitionEn()) || role.definitionNl().length() > 2000
				|| role.definitionEn().length() > 2000) {
			throw new RoleTypeRefused("roles.refused.definition");
		}
		if (!isWeight(role.weightG1()) || !isWeight(role.weightG2())) {
			throw new RoleTypeRefused("roles.refused.weights");
		}
		if (role.focus().isEmpty() || role.focus().stream().anyMatch(theme -> theme(theme).isEmpty())) {
			throw new RoleTypeRefused("roles.refused.focus");
		}
		if (role.employerTypes().stream().anyMatch(type -> OrganisationType.fromKey(type).isEmpty())) {
			throw new RoleTypeRefused("roles.refused.employer");
		}
		if (role.normInhabitants() != null && role.normInhabitants() <= 0) {
			throw new RoleTypeRefused("roles.refused.norm");
		}
	}

	private Optional<RoleType> byName(String lowerCase) {
		return all().stream()
			.filter(role -> role.code().equals(lowerCase) || role.nameNl().toLowerCase(Locale.ROOT).equals(lowerCase)
					|| role.nameEn().toLowerCase(Locale.ROOT).equals(lowerCase))
			.findFirst();
	}

	private static boolean isWeight(@Nullable BigDecimal weight) {
		return weight != null && weight.signum() >= 0 && weight.compareTo(BigDecimal.ONE) <= 0 && weight.scale() <= 2;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static boolean hasLocalAlias(RoleType role, String wanted, @Nullable String gemeente) {
		return gemeente != null && role.aliases().stream()
			.anyMatch(alias -> gemeente.equals(alias.gemeente()) && alias.title().toLowerCase(Locale.ROOT).equals(wanted));
	}

	private @Nullable UUID currentUser() {
		return this.permissions.currentUser().map(UserId::value).orElse(null);
	}

	private RoleTypology typology() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current == null) {
			current = new Snapshot(this.store.read(), now);
			this.snapshot = current;
		}
		else if (now - current.readAt() > FRESH_FOR_NANOS && this.refreshing.compareAndSet(false, true)) {
			// One caller reads the typology again; under load the others go on with the one they have.
			try {
				current = new Snapshot(this.store.read(), now);
				this.snapshot = current;
			}
			finally {
				this.refreshing.set(false);
			}
		}
		return current.typology();
	}

	private void forget() {
		this.snapshot = null;
	}

}
