package nl.speelveld.areas;

/**
 * Published after an import committed: areas of {@code year} were added or changed. Lookup indexes rebuild
 * on it; other app nodes notice the import through the import log.
 */
public record AreasImported(long importId, int year, int added, int changed) {
}
