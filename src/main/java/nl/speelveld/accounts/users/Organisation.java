package nl.speelveld.accounts.users;

import java.util.List;
import java.util.UUID;

import nl.speelveld.accounts.OrganisationType;
import nl.speelveld.areas.AreaCode;

/** An employer of professionals, and the gemeenten it works in. */
public record Organisation(UUID id, String name, OrganisationType type, List<AreaCode> gemeenten) {
}
