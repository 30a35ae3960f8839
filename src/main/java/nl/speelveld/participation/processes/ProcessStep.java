package nl.speelveld.participation.processes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line in a process's history: when it entered a phase (by its title), or closed. */
public record ProcessStep(Instant at, ProcessStatus status, @Nullable String phaseTitle) {
}
