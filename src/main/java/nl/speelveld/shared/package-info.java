/**
 * The small kernel every module may use: page layout support, error handling, internationalisation,
 * security defaults and the database bootstrap (an embedded PostgreSQL when no external one is configured).
 * It depends on no other module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package nl.speelveld.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
