/**
 * Per-area dashboards through three lenses (registered figures, perceived liveability, democracy), coverage,
 * overlap and gap analysis, and exports. Reads other modules' published data; never writes it.
 */
@ApplicationModule(displayName = "Insights", allowedDependencies = { "shared", "areas", "roles", "socialmap", "routing", "initiatives", "participation", "network" })
@NullMarked
package nl.speelveld.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
