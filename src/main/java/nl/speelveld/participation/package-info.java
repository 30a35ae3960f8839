/**
 * Participation processes with an honest rung on the participation ladder: proposals, arguments, surveys,
 * participatory budgeting, uitdaagrecht, residency verification, moderation and traceable outcomes.
 */
@ApplicationModule(displayName = "Participation", allowedDependencies = { "shared", "areas", "accounts" })
@NullMarked
package nl.speelveld.participation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
