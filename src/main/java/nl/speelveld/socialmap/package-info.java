/**
 * The sociale kaart: organisations, professionals and their posts (role, employer, coverage areas, focus),
 * services, places and other community assets; search and the Open Referral HSDS 3.0 API.
 */
@ApplicationModule(displayName = "Social map", allowedDependencies = { "shared", "areas", "roles", "accounts" })
@NullMarked
package nl.speelveld.socialmap;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
