/**
 * The schakelfunctie made visible: connections and hand-offs that professionals make between residents,
 * initiatives and organisations, with graph measures per area and role; residents are pseudonymised.
 */
@ApplicationModule(displayName = "Network", allowedDependencies = { "shared", "areas", "roles", "socialmap", "accounts" })
@NullMarked
package nl.speelveld.network;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
