package nl.speelveld.participation.rounds;

import org.jspecify.annotations.Nullable;

/** A category of projects, with the most the tally may spend on it (null: no limit of its own). */
public record Category(String name, @Nullable Long limit) {
}
