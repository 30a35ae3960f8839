/**
 * Where everything happens: CBS gemeenten, wijken and buurten (and villages, kernen), each versioned by
 * year, with their boundaries and CBS key figures. Imports CBS GeoJSON and CSV files all-or-nothing,
 * answers point and postcode lookups from an in-memory spatial index, and serves area pages and the
 * areas API.
 */
@ApplicationModule(displayName = "Areas", allowedDependencies = "shared")
@NullMarked
package nl.speelveld.areas;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
