package nl.speelveld.accounts.users;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.accounts.Role;
import nl.speelveld.accounts.UserId;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** A role held by someone, for an organisation and an area where the role needs them. */
public record Grant(UUID id, UserId user, Role role, @Nullable UUID organisationId, @Nullable AreaCode area,
		Instant grantedAt) {
}
