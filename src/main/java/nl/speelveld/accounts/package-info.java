/**
 * Users, sign-in (magic link for residents; password or OpenID Connect for professionals), roles and
 * permissions per organisation and area, the audit log, and personal-data export and erasure.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared", "areas" })
@NullMarked
package nl.speelveld.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
