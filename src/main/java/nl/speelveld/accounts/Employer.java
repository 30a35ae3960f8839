package nl.speelveld.accounts;

import java.util.List;
import java.util.UUID;

import nl.speelveld.areas.AreaCode;

/** An organisation someone works for, as their account records it, with the gemeenten it works in. */
public record Employer(UUID id, String name, OrganisationType type, List<AreaCode> gemeenten) {
}
