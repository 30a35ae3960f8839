package nl.speelveld.socialmap.editing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.speelveld.accounts.Permissions;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change what on the social map. Administrators change everything. A coordinator changes the
 * entries that lie, with at least one of their areas, in the gemeente or wijk they coordinate, and only
 * their own part of them: areas outside their scope stay as they were, and the entry cannot leave their
 * scope. Professionals change their own work profile and their own posts.
 */
@Component
public class Editors {

	private final Permissions permissions;

	Editors(Permissions permissions) {
		this.permissions = permissions;
	}

	public Optional<UUID> me() {
		return this.permissions.currentUser().map(UserId::value);
	}

	public boolean isAdministrator() {
		return this.permissions.isAdministrator();
	}

	public boolean isProfessional() {
		return this.permissions.isProfessional();
	}

	public boolean isCoordinatorOrAdministrator() {
		return this.permissions.isCoordinatorOrAdministrator();
	}

	/** Whether the entry with these areas belongs to the current person as coordinator (or administrator). */
	public boolean coordinates(Collection<AreaCode> areas) {
		return this.permissions.canCoordinateAny(areas);
	}

	/** Whether a coordinator may change an entry's areas from {@code before} to {@code after}. */
	public boolean keepsScope(Collection<AreaCode> before, Collection<AreaCode> after) {
		return new Scope().keeps(before, after);
	}

	/** A memory of scope checks for one request, as an import asks about the same areas on many lines. */
	public Scope scope() {
		return new Scope();
	}

	/** Refuses with 403, or asks an anonymous visitor to sign in (Spring Security decides which). */
	public static AccessDeniedException refused(String what) {
		return new AccessDeniedException("Not allowed to change " + what);
	}

	public final class Scope {

		private final Map<AreaCode, Boolean> covered = new HashMap<>();

		private Scope() {
		}

		public boolean covers(AreaCode area) {
			return this.covered.computeIfAbsent(area, Editors.this.permissions::canCoordinate);
		}

		/** The areas that were added or removed all lie in scope, and one area at least stays in it. */
		public boolean keeps(Collection<AreaCode> before, Collection<AreaCode> after) {
			Set<AreaCode> changed = new HashSet<>(before);
			changed.addAll(after);
			Set<AreaCode> unchanged = new HashSet<>(before);
			unchanged.retainAll(after);
			changed.removeAll(unchanged);
			return changed.stream().allMatch(this::covers) && after.stream().anyMatch(this::covers);
		}

	}

}
