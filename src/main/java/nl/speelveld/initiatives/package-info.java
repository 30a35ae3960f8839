/**
 * Residents' initiatives from idea to done: intake, support requests, supporters, updates and outcome,
 * linked to the assets already present in the neighbourhood. Voting lives in participation.
 */
@ApplicationModule(displayName = "Initiatives", allowedDependencies = { "shared", "areas", "roles", "socialmap", "routing", "accounts" })
@NullMarked
package nl.speelveld.initiatives;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
