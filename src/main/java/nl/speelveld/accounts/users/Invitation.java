package nl.speelveld.accounts.users;

import java.time.Instant;
import java.util.UUID;

import nl.speelveld.accounts.Role;
import nl.speelveld.areas.AreaCode;
import org.jspecify.annotations.Nullable;

/** An invitation to take up a role, sent by e-mail; its link holds a token of which only a hash is stored. */
public record Invitation(UUID id, String email, @Nullable UUID organisationId, Role role, @Nullable AreaCode area,
		Instant createdAt, Instant expiresAt, @Nullable Instant acceptedAt) {

	public boolean isOpen(Instant now) {
		return this.acceptedAt == null && now.isBefore(this.expiresAt);
	}

}
