package nl.speelveld.participation.processes;

import java.time.LocalDate;

/** One phase of a process, at its position in the order; the dates are the plan, the owner moves it on. */
public record Phase(int position, PhaseKind kind, String title, String description, LocalDate startsOn, LocalDate endsOn) {
}
