/**
 * The role typology of community building (sociaal makelaar, opbouwwerker, wijkagent, ...) as editable data:
 * role types with their goals (G1 liveability and cohesion, G2 democracy) and focus themes.
 */
@ApplicationModule(displayName = "Roles", allowedDependencies = { "shared", "areas", "accounts" })
@NullMarked
package nl.speelveld.roles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
