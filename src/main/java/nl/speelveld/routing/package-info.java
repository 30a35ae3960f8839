/**
 * The wegwijzer: routes a resident's question to the roles that fit and the professionals who cover the
 * place, with an inbox, warm hand-offs between roles and status back to the resident.
 */
@ApplicationModule(displayName = "Routing", allowedDependencies = { "shared", "areas", "roles", "socialmap", "accounts" })
@NullMarked
package nl.speelveld.routing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
